/**
 * An indicator value for display. Values whose unit is a year (an exit year, a designation year) are labels,
 * not quantities: written as the year, never grouped ("2016", not "2,016"); everything else through `formatNumber`.
 */
import type { Lang } from '../model/view/view-state';
import { formatNumber } from './translate';

/** Formats `value` of an indicator with unit `unit`. */
export function formatIndicatorValue(lang: Lang, value: number, unit: string, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'year') return String(Math.round(value));
  return formatNumber(lang, value, maximumFractionDigits);
}
