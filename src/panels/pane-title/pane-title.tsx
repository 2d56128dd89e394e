/**
 * A pane's compact title with several panes (or swipe): number, indicator, year, dataset and provenance badge, so
 * every pane says what it shows while its controls are collapsed.
 */
import { useAppStore } from '../../store/app-store';
import { splitIndicatorId } from '../../model/indicators/dataset';
import { findDataset } from '../../store/data-slice';
import { usePaneChoropleth } from '../../selectors/use-pane-choropleth';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { indicatorYears, timelineDrivenPanes } from '../timeline/timeline-model';
import { SAMPLE_YEARS } from '../../model/indicators/registry';
import { paneCountOf } from '../../model/view/view-state';
import { setPaneYear } from '../../store/view-updaters';
import { pickText } from '../indicator/indicator-strings';
import { paneTitleParts, paneYearChoices } from './pane-title-model';
import { PANE_TITLE_STRINGS as S } from './pane-title-strings';
import './pane-title.css';

/** Props: the pane. */
export interface PaneTitleProps {
  pane: number;
}

/** The title of pane `pane`; nothing with a single pane (its legend already names indicator and year). */
export function PaneTitle({ pane }: PaneTitleProps) {
  const lang = useAppStore((s) => s.view.lang);
  const config = useAppStore((s) => s.view.panes[pane]);
  const several = useAppStore((s) => s.view.panes.length > 1);
  const follows = useAppStore((s) => timelineDrivenPanes(s.view).includes(pane));
  const paneCount = useAppStore((s) => Math.min(s.view.panes.length, paneCountOf(s.view.layout)));
  const timelineAll = useAppStore((s) => s.view.timelineAll);
  // A string, so the selector's result is stable between renders.
  const yearsKey = useAppStore((s) => indicatorYears(s.view.panes[pane]?.indicator ?? null, s.data.datasets, SAMPLE_YEARS).join(','));
  const apply = useAppStore((s) => s.viewActions.apply);
  const { choropleth } = usePaneChoropleth(pane);
  const ids = config?.indicator ? splitIndicatorId(config.indicator) : null;
  const manifest = useAppStore((s) => (ids ? findDataset(s.data.datasets, ids.datasetId)?.manifest : undefined));
  if (!config || !several) return null;
  const meta = choropleth?.meta ?? manifest?.indicators.find((m) => m.id === ids?.indicatorId);
  const parts = paneTitleParts({
    lang,
    pane,
    indicator: config.indicator ? (meta?.name ?? { zh: config.indicator, en: config.indicator }) : null,
    year: choropleth?.year ?? config.year,
    dataset: manifest?.name ?? null,
    followsTimeline: follows,
  });
  const choices = paneYearChoices({ pane, paneCount, timelineAll, hasIndicator: Boolean(config.indicator), years: yearsKey.split(',').map(Number) });
  return (
    <div className="pane-title" data-testid={`pane-title-${pane}`} aria-label={parts.text} role="group">
      <span className="pane-title__pane">{pane + 1}</span>
      <span className="pane-title__indicator">{parts.indicator}</span>
      {parts.year && choices && (
        // The pane's own year (kept as its view state, pN.y in the URL); the dot says the timeline moves it now.
        <select
          className="pane-title__year pane-title__year-select"
          value={config.year}
          data-testid={`pane-year-${pane}`}
          data-follows={follows || undefined}
          aria-label={pickText(lang, S.yearControl, { n: String(pane + 1) })}
          title={follows ? `${parts.follows} · ${pickText(lang, S.yearControlTitle)}` : pickText(lang, S.yearControlTitle)}
          onChange={(e) => {
            const year = Number(e.target.value);
            apply((v) => setPaneYear(v, pane, year));
          }}
        >
          {!choices.includes(config.year) && <option value={config.year}>{pickText(lang, S.yearOf, { year: String(config.year) })}</option>}
          {choices.map((y) => (
            <option key={y} value={y}>
              {pickText(lang, S.yearOf, { year: String(y) })}
            </option>
          ))}
        </select>
      )}
      {parts.year && !choices && (
        <span className="pane-title__year" data-testid={`pane-title-year-${pane}`} title={parts.follows || undefined} data-follows={follows || undefined}>
          {parts.year}
        </span>
      )}
      {parts.dataset && <span className="pane-title__dataset">{parts.dataset}</span>}
      {config.indicator && <ProvenanceBadge source={manifest} form="short" testId={(kind) => `pane-title-${kind}-badge-${pane}`} />}
    </div>
  );
}
