/**
 * Waits until the bundled CJK font can draw the province names, so deck.gl's font atlas is built with the right
 * glyphs (it caches what it first draws). Falls back to system fonts after a short wait rather than no labels.
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
    const text = [...new Set(index.provinces.map((p) => p.short + p.name).join('') + index.prefectures.map((p) => p.name).join(''))].join('');
    const fonts = (document as Document & { fonts?: FontFaceSet }).fonts;
    const loading = fonts
      ? Promise.all([fonts.load(`600 16px ${LABEL_FONT_FAMILY}`, text), fonts.load(`400 16px ${LABEL_FONT_FAMILY}`, text)])
      : Promise.resolve();
    const timeout = new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS));
    void Promise.race([loading, timeout]).finally(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [index, ready]);
  return ready;
}
