/**
 * Builds the texts of a map image export (`ExportSpec`) from what the panes show: each pane's caption, its legend
 * (the same model the on-screen legend draws), the sources and vintages of the indicators shown, and the sample
 * stamp whenever any pane shows the seeded sample. Pure, so the wording is tested without a browser.
 */
import type { ExportLegend, ExportPane, ExportSpec } from '../../model/export/export-spec';
import { datasetKind, type DatasetManifest } from '../../model/indicators/dataset';
import type { RGBA } from '../../model/indicators/color-scheme';
import type { ViewState } from '../../model/view/view-state';
import type { PaneChoropleth } from '../../selectors/pane-choropleth';
import { translate } from '../../i18n/translate';
import { buildLegendModel } from '../legend/legend-model';
import { pickText } from '../indicator/indicator-strings';
import { exportText } from './export-strings';

/** What one pane shows, gathered by the hook. */
export interface ExportPaneInput {
  choropleth: PaneChoropleth | null;
  palette: readonly RGBA[];
  sharedWith: readonly number[];
  manifest: DatasetManifest | undefined;
  /** The pane draws its legend (swipe: one shared legend for both halves). */
  legendShown: boolean;
}

/** Input of `buildExportSpec`. */
export interface ExportSpecInput {
  view: Pick<ViewState, 'lang' | 'layout' | 'swipe' | 'inset' | 'exitMargin'>;
  panes: readonly ExportPaneInput[];
  title: string;
  exportedAt: Date;
}

/** The local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function legendOf(input: ExportPaneInput, view: ExportSpecInput['view']): ExportLegend | null {
  if (!input.choropleth || !input.legendShown) return null;
  const lang = view.lang;
  const model = buildLegendModel({ choropleth: input.choropleth, palette: input.palette, lang, highlight: null, margin: view.exitMargin, sharedWith: input.sharedWith });
  const lines = [model.unit ? exportText(lang, 'unit', { unit: model.unit }) : '', model.countedBy, model.lines, model.scope, model.shared].filter(Boolean);
  const rows = model.rows.map((r) => ({ color: r.color, label: r.label }));
  if (model.noData.count > 0) rows.push({ color: model.noData.color, label: model.noData.label });
  return { title: `${model.title} · ${exportText(lang, 'year', { year: String(model.year) })}`, lines, rows };
}

function captionOf(input: ExportPaneInput, index: number, several: boolean, lang: ExportSpecInput['view']['lang']): string {
  const c = input.choropleth;
  const what = c ? `${pickText(lang, c.meta.name)} · ${exportText(lang, 'year', { year: String(c.year) })}` : exportText(lang, 'byProvince');
  return several ? `${index + 1} · ${what}` : what;
}

/** A sensible first title: the first pane's indicator and year, or the app's title. */
export function defaultExportTitle(view: Pick<ViewState, 'lang'>, first: ExportPaneInput | undefined): string {
  const c = first?.choropleth;
  if (!c) return translate(view.lang, 'app.title');
  return `${pickText(view.lang, c.meta.name)} · ${exportText(view.lang, 'year', { year: String(c.year) })}`;
}

/** The texts of the export. */
export function buildExportSpec(input: ExportSpecInput): ExportSpec {
  const { view } = input;
  const lang = view.lang;
  const several = input.panes.length > 1;
  const panes: ExportPane[] = input.panes.map((p, i) => ({
    caption: captionOf(p, i, several, lang),
    sample: !!p.choropleth && !!p.manifest && datasetKind(p.manifest) === 'sample',
    legend: legendOf(p, view),
  }));
  const sources: string[] = [];
  for (const p of input.panes) {
    if (!p.choropleth) continue;
    const meta = p.choropleth.meta;
    const dataset = p.manifest ? pickText(lang, p.manifest.name) : p.choropleth.datasetId;
    const line = exportText(lang, 'sourceLine', { dataset, indicator: pickText(lang, meta.name), source: pickText(lang, meta.source), vintage: meta.vintage });
    if (!sources.includes(line)) sources.push(line);
  }
  sources.push(exportText(lang, 'boundaryLine'));
  const anySample = panes.some((p) => p.sample);
  return {
    title: input.title,
    date: exportText(lang, 'date', { date: isoDate(input.exportedAt) }),
    layout: view.layout,
    swipe: view.swipe,
    inset: view.inset,
    insetLabel: translate(lang, 'map.inset'),
    panes,
    sources,
    sampleStamp: anySample ? translate(lang, 'data.sampleBilingual') : null,
    sampleTag: translate(lang, 'data.sample'),
    nonStandard: translate(lang, 'app.nonStandardMap'),
    north: exportText(lang, 'north'),
  };
}
