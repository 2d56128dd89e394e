/**
 * The wall layout of the current screen and scene while presenting (null on the desk): recomputed when the window
 * is resized, the scene's layout changes, or its side panel comes or goes.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { paneCountOf } from '../../model/view/view-state';
import { computeWallLayout, type WallLayout } from '../../model/present/wall-layout';

/** Side tabs a presented scene shows beside its maps (the county tab is desk work). */
export const PRESENTED_SIDE_TABS: ReadonlySet<string> = new Set(['compare', 'ranking', 'partnership']);

function windowSize(): { width: number; height: number } {
  return { width: window.innerWidth, height: window.innerHeight };
}

/**
 * The layout, and how many panes to keep mounted: the most panes any scene has shown since presenting began (a
 * high-water mark). Once the loop has shown its widest scene no scene change creates or destroys a map (no new WebGL
 * context); mounting all four before the first scene would make a software-rendered wall start far slower.
 */
export function useWallLayout(): { wall: WallLayout | null; keepMounted: number } {
  const active = useAppStore((s) => s.present.active);
  const layout = useAppStore((s) => s.view.layout);
  const side = useAppStore((s) => PRESENTED_SIDE_TABS.has(s.view.sideTab));
  const [highWater, setHighWater] = useState(1);
  const shown = paneCountOf(layout);
  if (active && shown > highWater) setHighWater(shown);
  if (!active && highWater !== 1) setHighWater(1);
  const keepMounted = highWater;
  const [size, setSize] = useState(windowSize);
  useEffect(() => {
    if (!active) return;
    const onResize = (): void => setSize(windowSize());
    onResize();
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [active]);
  const wall = useMemo(
    () =>
      active
        ? computeWallLayout({
            widthPx: size.width,
            heightPx: size.height,
            devicePixelRatio: window.devicePixelRatio || 1,
            paneCount: paneCountOf(layout),
            side,
            stacked: layout === '2v',
          })
        : null,
    [active, size, layout, side],
  );
  return { wall, keepMounted: active ? keepMounted : 0 };
}
