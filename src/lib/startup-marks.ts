/**
 * Named moments of start-up (`tandem:index`, `tandem:geometry`, `tandem:map-ready`, …): a User Timing mark the first
 * time each is reached (the benchmark's profile reads them to split the time to the first map into stages), and a
 * promise for work that must wait for one (the detailed boundaries wait for the first drawn map).
 */
const reached = new Set<string>();
const waiting = new Map<string, (() => void)[]>();

/** Marks the first time start-up reaches `stage` (later calls are ignored) and releases its waiters. */
export function markStartup(stage: string): void {
  if (reached.has(stage)) return;
  reached.add(stage);
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`tandem:${stage}`);
  for (const resolve of waiting.get(stage) ?? []) resolve();
  waiting.delete(stage);
}

/** Resolves once `stage` has been reached (at once if it already has). */
export function whenStartupReached(stage: string): Promise<void> {
  if (reached.has(stage)) return Promise.resolve();
  return new Promise((resolve) => {
    const list = waiting.get(stage) ?? [];
    list.push(resolve);
    waiting.set(stage, list);
  });
}
