/**
 * What the indicator controls show: every dataset's indicators grouped by dataset, each group marked by its
 * provenance (示例数据 / 真实数据 / 公开事实), then by theme (qualified ids), the classification options that fit the chosen indicator, and the manual-breaks text format.
 */
import type { DatasetKind, DatasetManifest, IndicatorMeta, IndicatorTheme } from '../../model/indicators/dataset';
import { datasetKind, qualifyIndicator } from '../../model/indicators/dataset';
import { badgeText, sampleSuffix } from '../provenance/provenance-badge-model';
import type { ClassMethod, Lang } from '../../model/view/view-state';
import { COLOR_SCHEMES } from '../../model/indicators/color-scheme';
import { METHOD_NAMES, pickText } from './indicator-strings';

/** Theme order of the picker (the order; population and other last). */
export const THEME_ORDER: readonly IndicatorTheme[] = [
  'poverty', 'income', 'transport', 'water', 'network', 'education', 'health', 'ecology', 'partnership', 'population', 'other',
];

/** One option of the picker. */
export interface IndicatorOption {
  /** Qualified id "dataset:indicator". */
  value: string;
  label: string;
  sample: boolean;
  /** The dataset's provenance kind (null for the user's own data). */
  kind: DatasetKind | null;
  meta: IndicatorMeta;
}

/** One group of the picker: one dataset, its indicators in theme order. */
export interface IndicatorGroup {
  datasetId: string;
  kind: DatasetKind | null;
  /** The dataset as plainly marked as its badge: 示例数据…, 真实数据 · 2020 年第七次全国人口普查, or the import's name. */
  label: string;
  options: IndicatorOption[];
}

function groupLabel(m: DatasetManifest, lang: Lang): string {
  const kind = datasetKind(m);
  if (kind === 'real' || kind === 'facts') return badgeText(lang, m, 'full')?.text ?? pickText(lang, m.name);
  return pickText(lang, m.name);
}

/** Groups the indicators by dataset (datasets in order; within one, by theme, then manifest order). */
export function groupIndicators(manifests: readonly DatasetManifest[], lang: Lang): IndicatorGroup[] {
  return manifests
    .filter((m) => m.indicators.length > 0)
    .map((m) => {
      const kind = datasetKind(m);
      const suffix = sampleSuffix(lang, m);
      const options = [...m.indicators]
        .map((meta, order) => ({ meta, order }))
        .sort((a, b) => THEME_ORDER.indexOf(a.meta.theme) - THEME_ORDER.indexOf(b.meta.theme) || a.order - b.order)
        .map(({ meta }): IndicatorOption => ({
          value: qualifyIndicator(m.id, meta.id),
          label: `${pickText(lang, meta.name)}${suffix}`,
          sample: m.sample,
          kind,
          meta,
        }));
      return { datasetId: m.id, kind, label: groupLabel(m, lang), options };
    });
}

/** The indicator's metadata by qualified id, if some dataset has it. */
export function findOption(groups: readonly IndicatorGroup[], value: string | null): IndicatorOption | undefined {
  if (!value) return undefined;
  for (const g of groups) for (const o of g.options) if (o.value === value) return o;
  return undefined;
}

/** Methods offered for an indicator: 'threshold' only where the indicator has an official line. */
export function methodsFor(meta: IndicatorMeta | undefined): Exclude<ClassMethod, 'category'>[] {
  const all: Exclude<ClassMethod, 'category'>[] = ['quantile', 'equal', 'jenks', 'manual', 'threshold'];
  return meta?.thresholds?.length ? all : all.filter((m) => m !== 'threshold');
}

/** Method options with their labels. */
export function methodOptions(meta: IndicatorMeta | undefined, lang: Lang): { value: ClassMethod; label: string }[] {
  return methodsFor(meta).map((m) => ({ value: m, label: pickText(lang, METHOD_NAMES[m]) }));
}

/** Class counts offered. */
export const CLASS_COUNTS: readonly number[] = [3, 4, 5, 6, 7, 8, 9];

/** Colour scheme options with their labels. */
export function schemeOptions(lang: Lang): { value: string; label: string }[] {
  return COLOR_SCHEMES.map((s) => ({ value: s.id, label: pickText(lang, s.name) }));
}

/** Parses manual breaks typed as "2, 5 10" (commas, spaces or 、); null if any part is not a number. */
export function parseBreaks(text: string): number[] | null {
  const parts = text.split(/[,，、\s]+/).filter((p) => p !== '');
  const values = parts.map(Number);
  if (values.some((v) => !Number.isFinite(v))) return null;
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Formats manual breaks for the text box. */
export function formatBreaks(breaks: readonly number[] | undefined): string {
  return (breaks ?? []).join(', ');
}
