/**
 * A county's value of an indicator as one reads it: a category's label, or the number formatted for the language
 * with its unit, or "no data". Shared by the hover tooltip and the wall's callouts, which say the same without hover.
 */
import type { IndicatorMeta } from '../../model/indicators/dataset';
import type { Lang } from '../../model/view/view-state';
import { formatIndicatorValue } from '../../i18n/format-indicator-value';
import { pickText } from '../indicator/indicator-strings';

const NO_DATA = { zh: '无数据', en: 'no data' };

/** Fraction digits an indicator's values are shown with (percent 1, free units 2, counts and money 0). */
export function valueDigits(meta: IndicatorMeta): number {
  return meta.unit === 'percent' ? 1 : meta.unit === 'other' ? 2 : 0;
}

/** The value's text: category label, or number and unit, or "no data" (undefined or NaN). */
export function indicatorValueText(lang: Lang, meta: IndicatorMeta, value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return pickText(lang, NO_DATA);
  const category = meta.categories?.find((c) => c.value === value);
  if (category) return pickText(lang, category.label);
  return `${formatIndicatorValue(lang, value, meta.unit, valueDigits(meta))} ${pickText(lang, meta.unitLabel)}`.trim();
}
