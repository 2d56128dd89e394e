/**
 * Which panes share one classification: panes showing the same indicator at the same level share, by default, the
 * classification of the first of them (its method, classes, scheme and year scope), so two years side by side or a
 * swipe compare like with like. A pane with `own` set keeps its own classes and leads no one.
 */
import type { PaneConfig } from './view-state';

/** The sharing group of pane `index` among the first `count` panes. */
export interface ClassificationSharing {
  /** The pane whose classification this pane uses; null = its own (it leads, or it keeps its own classes). */
  leader: number | null;
  /** The other panes of the group (leader and followers), ascending; empty = not shared. */
  peers: number[];
}

function shares(pane: PaneConfig | undefined): pane is PaneConfig {
  return !!pane && !!pane.indicator && !pane.classification.own;
}

/** The sharing group of a pane. */
export function classificationSharing(panes: readonly PaneConfig[], count: number, index: number): ClassificationSharing {
  const pane = panes[index];
  if (!shares(pane) || index >= count) return { leader: null, peers: [] };
  const group: number[] = [];
  for (let i = 0; i < Math.min(count, panes.length); i++) {
    const p = panes[i];
    if (shares(p) && p.indicator === pane.indicator && p.level === pane.level) group.push(i);
  }
  const first = group[0] ?? index;
  return { leader: first === index ? null : first, peers: group.filter((i) => i !== index) };
}
