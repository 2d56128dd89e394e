/**
 * "Turn a monitoring warning into a register entry in one step": a button the monitoring warnings list renders
 * beside each warning, handing it the warning object. It adds an open entry tied to the warning and says so.
 */
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { addRiskFromWarning } from '../../selectors/risk-register-actions';
import type { WarningLike } from '../../model/risks/risk-entry';
import { risksText } from './risks-strings';

/** The button. */
export function RiskFromWarningButton({ warning }: { warning: WarningLike }) {
  const lang = useAppStore((s) => s.view.lang);
  const [state, setState] = useState<{ done: boolean; error: string | null }>({ done: false, error: null });
  return (
    <span className="risk-from-warning">
      <button
        type="button"
        data-testid="risk-from-warning"
        disabled={state.done}
        onClick={() =>
          void addRiskFromWarning(warning).then((r) => setState('id' in r ? { done: true, error: null } : { done: false, error: r.error }))
        }
      >
        {state.done ? risksText(lang, 'fromWarningDone') : risksText(lang, 'fromWarning')}
      </button>
      {state.error && <span role="alert">{risksText(lang, 'saveFailed', { detail: state.error })}</span>}
    </span>
  );
}
