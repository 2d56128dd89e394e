/**
 * Watches the elements drawn over a pane (toolbar panels, maplibre controls, `[data-map-cover]`): a cover that
 * grows, shrinks, appears or goes calls `onChange` once per animation frame, so the pane can measure its free area
 * again (the fit of China, the camera bounds). A ResizeObserver on each cover; a MutationObserver for covers that
 * come and go (a legend opened, a panel expanded).
 */

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
