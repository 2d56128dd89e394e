/**
 * Dataset ids brought in as copies: a new id for each incoming id already in use, and the views that name the old
 * id rewritten to name the copy. Pure.
 */
import { splitIndicatorId } from '../indicators/dataset';
import type { ViewState } from '../view/view-state';

/** The first free id of the form `<id>-copy`, `<id>-copy2`, … (dataset ids are [a-z0-9_-]+). */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${id}-copy${n === 1 ? '' : n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** New ids for the incoming ids that are taken (incoming ids reserve each other too). */
export function planDatasetCopies(incoming: readonly string[], existing: Iterable<string>): Map<string, string> {
  const taken = new Set([...existing, ...incoming]);
  const existingSet = new Set(existing);
  const renames = new Map<string, string>();
  for (const id of incoming) {
    if (!existingSet.has(id)) continue;
    const next = copyId(id, taken);
    taken.add(next);
    renames.set(id, next);
  }
  return renames;
}

/** The view with every pane indicator of a renamed dataset pointing at the copy (same object when none). */
export function renameDatasetsInView(view: ViewState, renames: ReadonlyMap<string, string>): ViewState {
  if (renames.size === 0) return view;
  let changed = false;
  const panes = view.panes.map((p) => {
    if (!p.indicator) return p;
    const { datasetId, indicatorId } = splitIndicatorId(p.indicator);
    const to = renames.get(datasetId);
    if (!to) return p;
    changed = true;
    return { ...p, indicator: `${to}:${indicatorId}` };
  });
  return changed ? { ...view, panes } : view;
}
