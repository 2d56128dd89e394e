/**
 * The bundled CJK web font (Noto Sans SC, split by unicode range) is only needed on machines without a Chinese
 * font of their own — typical office PCs have Microsoft YaHei, PingFang or Noto Sans CJK. When none of those is
 * installed, the font's stylesheet is loaded (its ~100 @font-face rules alone weigh ~100 kB), and the browser then
 * fetches just the subsets the page draws. Labels wait for `cjkFontReady` before building their glyph atlas.
 */

/** Local CJK families tried before the bundled font (same order as the CSS and label font stacks). */
const LOCAL_CJK_FAMILIES = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC'];
const PROBE_TEXT = '协同县域地图贫困发生率';

/**
 * True when one of the local CJK families is installed. A missing family falls back to the generic family, so the
 * probe text measures differently against two different generic fallbacks; an installed one measures the same.
 */
export function hasLocalCjkFont(measure: (font: string) => number): boolean {
  return LOCAL_CJK_FAMILIES.some((family) => {
    const serif = measure(`32px "${family}", serif`);
    const mono = measure(`32px "${family}", monospace`);
    return serif === mono;
  });
}

function canvasMeasure(): (font: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (font) => {
    if (!context) return 0;
    context.font = font;
    return context.measureText(PROBE_TEXT).width;
  };
}

let ready: Promise<void> | null = null;

/** Loads the bundled font's stylesheet if the machine has no CJK font; resolves when that is settled. */
export function ensureCjkFont(): Promise<void> {
  ready ??= hasLocalCjkFont(canvasMeasure())
    ? Promise.resolve()
    : Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/600.css')]).then(
        () => undefined,
        () => undefined, // without the font the page still works, in whatever font the browser has
      );
  return ready;
}
