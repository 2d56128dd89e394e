/**
 * Pure glue of the development paths panel: the chart inputs for the comparison set (series in their stable
 * colours, national and provincial medians), number formats by unit, and which indicator to show by default.
 */
import type { County } from '../../model/geo/county';
import { splitIndicatorId, type DatasetManifest, type IndicatorMeta, type IndicatorValues } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { COMPARE_HEX } from '../../model/compare/colors';
import type { CountyPositions } from '../../model/compare/columns';
import { countySeries, medianSeries, provincePositions } from '../../model/compare/series';
import { formatIndicatorValue } from '../../i18n/format-indicator-value';
import type { ColoredSeries, ReferenceLine } from './line-chart-model';

/** The colour of a county at `position` in the comparison set. */
export function compareColor(position: number): string {
  return COMPARE_HEX[position % COMPARE_HEX.length] ?? '#444';
}

/** The line chart's inputs: one coloured series per county of the set, the national median, one median per province. */
export function lineChartInputs(
  values: IndicatorValues,
  positions: CountyPositions,
  counties: readonly County[],
  set: readonly string[],
  years: readonly number[],
  labels: { national: string; province: (provinceAdcode: string) => string },
): { series: ColoredSeries[]; references: ReferenceLine[] } {
  const series = set.map((adcode, i) => ({ adcode, color: compareColor(i), points: countySeries(values, positions, adcode, years) }));
  const provinces = [...new Set(set.map((a) => counties.find((c) => c.adcode === a)?.province).filter((p): p is string => !!p))];
  const references: ReferenceLine[] = [
    { id: 'national', label: labels.national, points: medianSeries(values, years) },
    ...provinces.map((p) => ({
      id: `province-${p}`,
      label: labels.province(p),
      points: medianSeries(values, years, provincePositions(counties, positions, p)),
    })),
  ];
  return { series, references };
}

/** Digits shown for a unit: whole persons, yuan and counts; two for other averages; one decimal otherwise. */
export function digitsOf(meta: Pick<IndicatorMeta, 'unit'>): number {
  if (meta.unit === 'other') return 2; // averages such as household size (2.33) or years of schooling (9.12)
  return meta.unit === 'persons' || meta.unit === 'yuan_per_year' || meta.unit === 'count' ? 0 : 1;
}

/** A number formatter for an indicator in the language. */
export function formatterFor(lang: Lang, meta: Pick<IndicatorMeta, 'unit'>): (v: number) => string {
  const digits = digitsOf(meta);
  return (v) => formatIndicatorValue(lang, v, meta.unit, digits);
}

/** The indicator the panel opens on: pane 0's when it belongs to this dataset, else the manifest's first. */
export function defaultIndicatorId(manifest: DatasetManifest, paneIndicator: string | null): string | null {
  if (paneIndicator) {
    const { datasetId, indicatorId } = splitIndicatorId(paneIndicator);
    if (datasetId === manifest.id && manifest.indicators.some((m) => m.id === indicatorId)) return indicatorId;
  }
  return manifest.indicators[0]?.id ?? null;
}

/** A second indicator for the scatter's other axis: the first of another theme (a different question), else any other. */
export function otherIndicatorId(manifest: DatasetManifest, first: string | null): string | null {
  const theme = manifest.indicators.find((m) => m.id === first)?.theme;
  return (manifest.indicators.find((m) => m.theme !== theme) ?? manifest.indicators.find((m) => m.id !== first))?.id ?? null;
}

/**
 * The indicators the "most similar" profile starts with: `first` plus the first indicator of each other theme, up
 * to `count` — one indicator alone often ties thousands of counties (e.g. 0% incidence after 2020).
 */
export function defaultSimilarityProfile(manifest: DatasetManifest, first: string, count = 4): string[] {
  const out = [first];
  const themes = new Set(manifest.indicators.filter((m) => m.id === first).map((m) => m.theme));
  for (const m of manifest.indicators) {
    if (out.length >= count) break;
    if (themes.has(m.theme) || m.theme === 'population') continue;
    themes.add(m.theme);
    out.push(m.id);
  }
  return out;
}
