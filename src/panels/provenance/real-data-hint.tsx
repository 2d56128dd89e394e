/**
 * The first-run hint offering the real layers (the exit-year map, the 2020 census) beside the default sample view.
 * Dismissable; the dismissal is remembered. Shown only once the real datasets are loaded.
 */
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { setPaneIndicator } from '../../store/view-updaters';
import { useT } from '../../i18n/use-t';
import { splitIndicatorId } from '../../model/indicators/dataset';
import { HINT_CENSUS, HINT_EXIT_YEAR, hintDismissed, rememberHintDismissed } from './real-data-hint-model';
import './provenance-badge.css';

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The hint (nothing once dismissed, or before the real datasets are there). */
export function RealDataHint() {
  const t = useT();
  const apply = useAppStore((s) => s.viewActions.apply);
  const available = useAppStore((s) =>
    [HINT_EXIT_YEAR, HINT_CENSUS].every((q) => s.data.datasets.some((d) => d.id === splitIndicatorId(q).datasetId)),
  );
  // A layer pane 1 already shows (e.g. opened from a link) is not offered again; with both shown, no hint.
  const shown = useAppStore((s) => s.view.panes[0]?.indicator ?? null);
  const offers = [HINT_EXIT_YEAR, HINT_CENSUS].filter((q) => !shown || splitIndicatorId(q).datasetId !== splitIndicatorId(shown).datasetId);
  const [dismissed, setDismissed] = useState(() => hintDismissed(storage()));
  if (dismissed || !available || offers.length === 0) return null;
  const dismiss = (): void => {
    rememberHintDismissed(storage());
    setDismissed(true);
  };
  const show = (indicator: string): void => {
    apply((v) => setPaneIndicator(v, 0, indicator));
    dismiss();
  };
  return (
    <aside className="real-data-hint" role="note" data-testid="real-data-hint">
      <strong>{t('data.hintTitle')}</strong>
      <p>{t('data.hintBody')}</p>
      <div className="real-data-hint__actions">
        {offers.includes(HINT_EXIT_YEAR) && (
          <button type="button" onClick={() => show(HINT_EXIT_YEAR)} data-testid="hint-exit-year">{t('data.hintExitYear')}</button>
        )}
        {offers.includes(HINT_CENSUS) && (
          <button type="button" onClick={() => show(HINT_CENSUS)} data-testid="hint-census">{t('data.hintCensus')}</button>
        )}
        <button type="button" onClick={dismiss} data-testid="hint-dismiss">{t('data.hintDismiss')}</button>
      </div>
    </aside>
  );
}
