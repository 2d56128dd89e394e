/**
 * What the indicator controls show: every dataset's indicators grouped by theme (qualified ids, sample ones
 * marked), the classification options that fit the chosen indicator, and the manual-breaks text format.
 */
import type { DatasetManifest, IndicatorMeta, IndicatorTheme } from '../../model/dataset';
import { qualifyIndicator } from '../../model/dataset';
import type { ClassMethod, Lang } from '../../model/view-state';
import { COLOR_SCHEMES } from '../../model/color-scheme';
import { METHOD_NAMES, THEME_NAMES, INDICATOR_STRINGS, pickText } from './indicator-strings';

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
  meta: IndicatorMeta;
}

/** One theme group of the picker. */
export interface IndicatorGroup {
  theme: IndicatorTheme;
  label: string;
  options: IndicatorOption[];
}

/** Groups every dataset's indicators by theme (datasets in order, indicators in manifest order within a theme). */
export function groupIndicators(manifests: readonly DatasetManifest[], lang: Lang): IndicatorGroup[] {
  const groups = new Map<IndicatorTheme, IndicatorOption[]>();
  const several = manifests.length > 1;
  for (const m of manifests) {
    for (const meta of m.indicators) {
      const name = pickText(lang, meta.name);
      const origin = m.sample ? pickText(lang, INDICATOR_STRINGS.sampleSuffix) : several ? ` · ${pickText(lang, m.name)}` : '';
      const option: IndicatorOption = { value: qualifyIndicator(m.id, meta.id), label: `${name}${origin}`, sample: m.sample, meta };
      const list = groups.get(meta.theme) ?? [];
      list.push(option);
      groups.set(meta.theme, list);
    }
  }
  return THEME_ORDER.filter((t) => groups.has(t)).map((theme) => ({ theme, label: pickText(lang, THEME_NAMES[theme]), options: groups.get(theme)! }));
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
