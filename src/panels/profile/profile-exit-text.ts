/**
 * The exit check's distance as a sentence that reads the right way round: "0.0%, 3.0 points below the 3% line"
 * ("0.0%，低于 3% 标准线 3.0 个百分点"), never a bare signed number next to the operator.
 */
import type { Lang } from '../../model/view/view-state';
import { pickText } from '../indicator/indicator-strings';
import { readDistance } from './profile-model';
import { PROFILE_STRINGS as S } from './profile-strings';

function fixed(lang: Lang, value: number, digits: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

function loose(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/**
 * The sentence for a value against a line; '' when the value is missing. `unit` 'percent' reads the gap in
 * percentage points ("points"), anything else in the indicator's own units.
 */
export function exitDistanceText(lang: Lang, value: number, line: number, unit: string): string {
  const d = readDistance(value, line);
  if (!d) return '';
  const percent = unit === 'percent';
  const params = {
    value: `${fixed(lang, d.value, 1)}${percent ? '%' : ''}`,
    line: `${loose(lang, d.line)}${percent ? '%' : ''}`,
    gap: fixed(lang, d.gap, 1),
  };
  const key = d.side === 'at' ? 'distanceAt' : percent ? (d.side === 'below' ? 'distanceBelowPoints' : 'distanceAbovePoints') : d.side === 'below' ? 'distanceBelow' : 'distanceAbove';
  return pickText(lang, S[key], params);
}
