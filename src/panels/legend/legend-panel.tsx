/**
 * A pane's legend: classes with ranges and counts, no data, the official line(s), a histogram; click highlights.
 * Open by default in every layout, so each pane says what its colours mean (the toolbar scrolls when it is tall).
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { setLegendHighlight } from '../../store/view-updaters';
import { usePaneChoropleth } from '../../selectors/use-pane-choropleth';
import { buildLegendModel, type LegendRow } from './legend-model';
import { legendShown } from './legend-shown';
import { LEGEND_STRINGS as S } from './legend-strings';
import { pickText } from '../indicator/indicator-strings';
import { findDataset } from '../../store/data-slice';
import { ProvenanceBadge } from '../provenance/provenance-badge';
import './legend-panel.css';

/** Props: the pane. */
export interface LegendPanelProps {
  pane: number;
}

/** The legend of pane `pane` (nothing without an indicator). */
export function LegendPanel({ pane }: LegendPanelProps) {
  const lang = useAppStore((s) => s.view.lang);
  const highlight = useAppStore((s) => s.view.legendHighlight[pane] ?? null);
  const margin = useAppStore((s) => s.view.exitMargin);
  const apply = useAppStore((s) => s.viewActions.apply);
  // In swipe, a pane sharing the other's classes leaves the one shared legend to it.
  const shown = useAppStore((s) => legendShown(s.view, pane));
  const { choropleth, palette, pending, failed, sharedWith } = usePaneChoropleth(pane);
  const manifest = useAppStore((s) => (choropleth ? findDataset(s.data.datasets, choropleth.datasetId)?.manifest : undefined));
  const model = useMemo(
    () => (choropleth ? buildLegendModel({ choropleth, palette, lang, highlight, margin, sharedWith }) : null),
    [choropleth, palette, lang, highlight, margin, sharedWith],
  );
  if (!shown) return null;
  if (!model) {
    if (failed) return <div className="legend-panel legend-panel__status" role="status">{pickText(lang, S.failed)}</div>;
    return null;
  }
  const toggle = (row: LegendRow): void => apply((v) => setLegendHighlight(v, pane, row.highlighted ? null : row.classIndex));
  const h = model.histogram;
  const rowButton = (row: LegendRow) => (
    <li key={row.classIndex}>
      <button
        type="button"
        className={`legend-row${row.dimmed ? ' legend-row--dimmed' : ''}`}
        aria-pressed={row.highlighted}
        data-testid={`legend-row-${pane}-${row.classIndex}`}
        onClick={() => toggle(row)}
      >
        <span
          className={`legend-row__swatch${row.classIndex === 255 ? ' legend-row__swatch--nodata' : ''}`}
          style={{ background: row.color }}
          aria-hidden="true"
        />
        <span className="legend-row__label">{row.label}</span>
        <span className="legend-row__count">{row.count}</span>
      </button>
    </li>
  );
  return (
    <details className="legend-panel" data-testid={`legend-${pane}`} data-legend-key={choropleth?.key} open aria-busy={pending}>
      <summary>
        {pickText(lang, S.legend)} · {model.title} · {model.year}
      </summary>
      <div className="legend-panel__body">
        <div className="legend-panel__meta">
          <ProvenanceBadge source={manifest} form="full" testId={(kind) => `legend-${kind}-${pane}`} />
          <span>{pickText(lang, S.units, { unit: model.unit })}</span>
          {model.countedBy && <span>{model.countedBy}</span>}
          {pending && <span role="status">{pickText(lang, S.loading)}</span>}
        </div>
        {(model.scope || model.shared || model.midpoint) && (
          <div className="legend-panel__scope" data-testid={`legend-scope-${pane}`}>
            {model.scope && <span data-testid={`legend-fixed-${pane}`}>{model.scope}</span>}
            {model.shared && <span data-testid={`legend-shared-${pane}`}>{model.shared}</span>}
            {model.midpoint && <span data-testid={`legend-midpoint-${pane}`}>{model.midpoint}</span>}
          </div>
        )}
        {model.lines && <div className="legend-panel__lines" data-testid={`legend-lines-${pane}`}>{model.lines}</div>}
        <ul className="legend-panel__rows" aria-label={pickText(lang, S.highlightHint)}>
          {model.rows.map(rowButton)}
          {model.noData.count > 0 && rowButton(model.noData)}
        </ul>
        {h.bars.length > 0 && (
          <figure className="legend-panel__histogram">
            <svg viewBox={`0 0 ${h.width} ${h.height}`} preserveAspectRatio="none" role="img" aria-label={h.caption}>
              {h.bars.map((b, i) => (
                <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} fill={b.color} />
              ))}
            </svg>
            <figcaption>
              <span>{h.min}</span>
              <span>{h.caption}</span>
              <span>{h.max}</span>
            </figcaption>
          </figure>
        )}
      </div>
    </details>
  );
}
