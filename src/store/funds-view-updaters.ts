/** Named, pure updaters of `view.funds` (kept beside the shared view updaters so that file stays untouched). */
import type { ViewState } from '../model/view/view-state';
import type { FundsView } from '../model/funds/funds-view';

/** Patches the fund view. Changing the year, province or selection-driven filter clears a node no longer drawn. */
export function setFunds(view: ViewState, patch: Partial<FundsView>): ViewState {
  const next = { ...view.funds, ...patch };
  if (('year' in patch || 'province' in patch) && !('node' in patch)) next.node = null;
  return { ...view, funds: next };
}
