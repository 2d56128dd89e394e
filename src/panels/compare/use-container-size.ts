/**
 * The size of an element (ResizeObserver) and the root font size in pixels, so charts fit their container and
 * scale with the theme's font size on a wall display.
 */
import { useCallback, useState } from 'react';

/** Container size in CSS pixels plus the root font size. */
export interface ContainerSize {
  widthPx: number;
  heightPx: number;
  fontPx: number;
}

const DEFAULT_FONT_PX = 14;

function rootFontPx(): number {
  if (typeof document === 'undefined') return DEFAULT_FONT_PX;
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : DEFAULT_FONT_PX;
}

/** Returns a callback ref to put on the container and its current size (0 × 0 until measured). */
export function useContainerSize(): [(el: Element | null) => void, ContainerSize] {
  const [size, setSize] = useState<ContainerSize>({ widthPx: 0, heightPx: 0, fontPx: DEFAULT_FONT_PX });
  // A callback ref with cleanup (React 19) observes exactly the element that is mounted.
  const ref = useCallback((el: Element | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const next = { widthPx: Math.round(box.width), heightPx: Math.round(box.height), fontPx: rootFontPx() };
      setSize((prev) =>
        prev.widthPx === next.widthPx && prev.heightPx === next.heightPx && prev.fontPx === next.fontPx ? prev : next,
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
