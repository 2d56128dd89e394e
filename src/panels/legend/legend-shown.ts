/**
 * Whether a pane draws its legend. In swipe mode the two panes are one map: when pane 1 shares pane 0's classes the
 * one legend (pane 0's, which says the classes are shared) serves both halves; with own classes each half has its
 * own. Outside swipe every pane keeps its legend.
 */
import { paneCountOf, type ViewState } from '../../model/view/view-state';
import { classificationSharing } from '../../model/view/shared-classification';

/** Does pane `pane` draw its legend? */
export function legendShown(view: Pick<ViewState, 'panes' | 'layout' | 'swipe'>, pane: number): boolean {
  const count = paneCountOf(view.layout);
  if (!view.swipe.enabled || count !== 2) return true;
  return classificationSharing(view.panes, count, pane).leader === null;
}
