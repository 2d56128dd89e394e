/**
 * Watches the elements drawn over a pane (toolbar panels, maplibre controls, `[data-map-cover]`): a cover that
 * grows, shrinks, appears or goes calls `onChange` once per animation frame, so the pane can measure its free area
 * again (the fit of China, the camera bounds). A ResizeObserver on each cover; a MutationObserver for covers that
 * come and go (a legend opened, a panel expanded).
 */

/**
 * What draws over a pane's map and must not hide China in the fitted view: each panel of the toolbar's head and
 * body (not the body box itself, which spans the empty map between a tall column and a short row), other toolbar
 * items, maplibre's controls, whatever marks itself as a cover (the inset), and in presentation the legend strip
 * along the pane's bottom (app/present/present.css), which sits outside its toolbar box. On a wall the scale bar is
 * left out: it sits under the inset (a cover already), and its width follows the zoom, so counting it made the fit
 * choose again after every fit and a 32:9 band never settled.
 */
export const PANE_COVER_SELECTOR =
  '.pane-toolbar__head > *, .pane-toolbar__body > *, .pane-toolbar > :not(.pane-toolbar__head):not(.pane-toolbar__body), .app:not(.app--present) .maplibregl-ctrl, .app--present .maplibregl-ctrl:not(.maplibregl-ctrl-scale), [data-map-cover], .app--present .legend-panel';

/** The frame scheduler (injectable for tests). */
export interface FrameScheduler {
  request: (fn: () => void) => number;
  cancel: (id: number) => void;
}

const ANIMATION_FRAMES: FrameScheduler = {
  request: (fn) => requestAnimationFrame(fn),
  cancel: (id) => cancelAnimationFrame(id),
};

/** Starts watching the covers under `root`; returns the function that stops it. */
export function watchCovers(root: Element, selector: string, onChange: () => void, frames: FrameScheduler = ANIMATION_FRAMES): () => void {
  let pending: number | null = null;
  let stopped = false;
  const schedule = (): void => {
    if (pending !== null || stopped) return;
    pending = frames.request(() => {
      pending = null;
      if (!stopped) onChange();
    });
  };
  const watched = new Set<Element>();
  const sizes = new ResizeObserver(schedule);
  const rescan = (): void => {
    const now = new Set(root.querySelectorAll(selector));
    let changed = false;
    for (const el of watched) {
      if (!now.has(el)) {
        sizes.unobserve(el);
        watched.delete(el);
        changed = true;
      }
    }
    for (const el of now) {
      if (!watched.has(el)) {
        sizes.observe(el);
        watched.add(el);
        changed = true;
      }
    }
    if (changed) schedule();
  };
  const tree = new MutationObserver(rescan);
  tree.observe(root, { childList: true, subtree: true });
  rescan();
  return () => {
    stopped = true;
    if (pending !== null) frames.cancel(pending);
    tree.disconnect();
    sizes.disconnect();
  };
}
