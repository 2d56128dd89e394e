/**
 * Waits until the label font can draw a set of names, so deck.gl's font atlas is built with the right glyphs (it
 * caches what it first draws). The names are laid out once in a hidden element: the browser then fetches only the
 * web-font subsets it really needs — none on a machine whose own CJK font comes first in the stack, and on a kiosk
 * without one only those of the label level being shown. Falls back after a short wait rather than no labels.
 */
import { useEffect, useState } from 'react';
import { LABEL_FONT_FAMILY } from '../layers/label-layer';
import { getClock } from '../lib/clock';

const FONT_WAIT_MS = 4000;
const loaded = new Map<string, Promise<void>>();

/**
 * Lays `text` out in the label font and resolves when the fonts it needs are loaded (or after a timeout);
 * `prepare` runs first (the app passes the loader of its bundled CJK font).
 */
export function ensureLabelFont(text: string, prepare: () => Promise<void>): Promise<void> {
  let pending = loaded.get(text);
  if (!pending) {
    pending = prepare().then(() => layOutAndWait(text));
    loaded.set(text, pending);
  }
  return pending;
}

function layOutAndWait(text: string): Promise<void> {
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = `position:absolute;left:-9999px;top:0;visibility:hidden;font:600 16px ${LABEL_FONT_FAMILY}`;
  probe.textContent = [...new Set(text)].join('');
  document.body.append(probe);
  void probe.offsetWidth; // lay it out now, so the font loads start now
  const fonts = (document as Document & { fonts?: FontFaceSet }).fonts;
  const timeout = new Promise<void>((resolve) => getClock().setTimeout(resolve, FONT_WAIT_MS));
  return Promise.race([fonts ? fonts.ready.then(() => undefined) : Promise.resolve(), timeout]).finally(() => probe.remove());
}

/** True once the label font can draw `text` (null = nothing needed yet → false). */
export function useFontsFor(text: string | null, prepare: () => Promise<void>): boolean {
  const [readyText, setReadyText] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return;
    let live = true;
    void ensureLabelFont(text, prepare).then(() => {
      if (live) setReadyText(text);
    });
    return () => {
      live = false;
    };
  }, [text, prepare]);
  return text !== null && readyText === text;
}
