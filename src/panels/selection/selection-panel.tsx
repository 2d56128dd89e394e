/**
 * The selected counties, readable without hover (walls have no mouse): name, prefecture, province and adcode,
 * with zoom-to and clear. Esc clears the selection (the `selection.clear` command, src/app/commands/).
 */
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/use-t';
import { fitTargetPane } from '../../selectors/pane-registry';
import { describeCounty } from '../tooltip/county-tooltip-model';
import { AddToCompareButton } from '../compare/add-to-compare-button';

/** The selection list. */
export function SelectionPanel() {
  const t = useT();
  const selection = useAppStore((s) => s.view.selection);
  const view = useAppStore((s) => s.geo.view);
  const { clearSelection, selectCounty } = useAppStore((s) => s.viewActions);

  if (!view || selection.length === 0) return null;
  return (
    <section className="panel selection" aria-label={t('selection.title')} data-testid="selection-panel">
      <header className="panel__header">
        <h2>{t('selection.count', { n: selection.length })}</h2>
        <button type="button" onClick={clearSelection}>
          {t('selection.clear')}
        </button>
      </header>
      <ul className="selection__list">
        {selection.map((adcode) => {
          const info = describeCounty(view, adcode);
          if (!info) return null;
          return (
            <li key={adcode} className="selection__item">
              <strong className="selection__name">{info.name}</strong>
              <span>
                {info.prefecture} · {info.province} · {info.adcode}
              </span>
              <span className="selection__actions">
                <AddToCompareButton adcode={adcode} />
                <button
                  type="button"
                  onClick={() => {
                    const county = view.county(adcode);
                    if (county) fitTargetPane(county.bbox, 8.5);
                  }}
                >
                  {t('selection.zoomTo')}
                </button>
                <button type="button" aria-label={`${t('selection.clear')}: ${info.name}`} onClick={() => selectCounty(adcode, 'toggle')}>
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
