/**
 * A pane's compact title with several panes (or swipe): number, indicator, year, dataset and provenance badge, so
 * every pane says what it shows while its controls are collapsed.
 */
import { useAppStore } from '../../store/app-store';
import { splitIndicatorId } from '../../model/indicators/dataset';
import { findDataset } from '../../store/data-slice';
import { usePaneChoropleth } from '../../selectors/use-pane-choropleth';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import { timelineDrivenPanes } from '../timeline/timeline-model';
import { paneTitleParts } from './pane-title-model';
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
  return (
    <div className="pane-title" data-testid={`pane-title-${pane}`} aria-label={parts.text} role="group">
      <span className="pane-title__pane">{pane + 1}</span>
      <span className="pane-title__indicator">{parts.indicator}</span>
      {parts.year && (
        <span className="pane-title__year" data-testid={`pane-title-year-${pane}`} title={parts.follows || undefined} data-follows={follows || undefined}>
          {parts.year}
        </span>
      )}
      {parts.dataset && <span className="pane-title__dataset">{parts.dataset}</span>}
      {config.indicator && <ProvenanceBadge source={manifest} form="short" testId={(kind) => `pane-title-${kind}-badge-${pane}`} />}
    </div>
  );
}
