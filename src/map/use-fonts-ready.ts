/**
 * Waits until the label font can draw the province and prefecture names, so deck.gl's font atlas is built with the
 * right glyphs (it caches what it first draws). The names are laid out once in a hidden element: the browser then
 * fetches only the web-font subsets it really needs — none on a machine whose own CJK font comes first in the
 * stack, a few on a kiosk without one. Falls back after a short wait rather than showing no labels.
 */
import { useEffect, useState } from 'react';
import type { CountyIndexJson } from '../model/county';
import { LABEL_FONT_FAMILY } from '../layers/label-layer';

const FONT_WAIT_MS = 4000;

/** True once label fonts are loaded (or the wait timed out). */
export function useFontsReady(index: CountyIndexJson | null): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!index || ready) return;
    let cancelled = false;
    const probe = document.createElement('span');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = `position:absolute;left:-9999px;top:0;visibility:hidden;font:600 16px ${LABEL_FONT_FAMILY}`;
    probe.textContent = index.provinces.map((p) => p.short).join('') + index.prefectures.map((p) => p.name).join('');
    document.body.append(probe);
    void probe.offsetWidth; // lay it out now, so the font loads start now
    const fonts = (document as Document & { fonts?: FontFaceSet }).fonts;
    const timeout = new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS));
    void Promise.race([fonts ? fonts.ready : Promise.resolve(), timeout]).finally(() => {
      probe.remove();
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
      probe.remove();
    };
  }, [index, ready]);
  return ready;
}
