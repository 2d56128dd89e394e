/**
 * Unit of a value column from its header and sample values, and recognition of share columns written as 0–1
 * fractions (offered as percentages by scaling ×100, which the user can turn off).
 */
import type { ValueUnitGuess } from './import-types';
import type { ParsedValue } from './parse-value';

const PERCENT_HEADER = /%|％|率|比重|占比|比例|覆盖|普及|share|rate|ratio_pct|pct|percent/i;
const MONEY_OR_COUNT = /元|收入|gdp|inc|income|产值|万|亿|人口|人数|户数|个数|数量|count|num|pop|面积|area|年限|岁|间数|规模|size|dens/i;

/** The unit guess for one value column plus whether its values are 0–1 fractions of a share. */
export interface UnitGuess {
  unit: ValueUnitGuess;
  fractionShare: boolean;
}

/** Guesses the unit of a value column; `values` are the parsed sample cells. */
export function guessUnit(header: string, values: readonly ParsedValue[]): UnitGuess {
  const numbers: number[] = [];
  let percentCells = 0;
  for (const v of values) {
    if (v.kind !== 'number') continue;
    numbers.push(v.value);
    if (v.percent) percentCells += 1;
  }
  const h = header.toLowerCase();
  if (percentCells > 0 && percentCells >= numbers.length / 2) return { unit: 'percent', fractionShare: false };
  const inUnitRange = numbers.length > 0 && numbers.every((n) => n >= 0 && n <= 1);
  const hasFraction = numbers.some((n) => n > 0 && n < 1);
  const fraction = inUnitRange && hasFraction && !MONEY_OR_COUNT.test(h);
  if (PERCENT_HEADER.test(h)) return { unit: 'percent', fractionShare: fraction };
  if (fraction) return { unit: 'percent', fractionShare: true };
  const allYears = numbers.length > 0 && numbers.every((n) => Number.isInteger(n) && n >= 1949 && n <= 2100);
  if (allYears && /年|时间|year|date/.test(h)) return { unit: 'year', fractionShare: false };
  if (/人口|人数|persons|pop|^人$|（人）|\(人\)/.test(h)) return { unit: 'persons', fractionShare: false };
  if (/万元/.test(h)) return { unit: 'wan_yuan', fractionShare: false };
  if (/亿元/.test(h)) return { unit: 'yi_yuan', fractionShare: false };
  if (/元|收入|income|inc$/.test(h)) return { unit: 'yuan_per_year', fractionShare: false };
  if (/分钟|minute/.test(h)) return { unit: 'minutes', fractionShare: false };
  if (/公里|千米|km|里程/.test(h)) return { unit: 'km', fractionShare: false };
  if (/户数|个数|数量|count|num|人次/.test(h)) return { unit: 'count', fractionShare: false };
  return { unit: 'other', fractionShare: false };
}

/** Plausible range of a unit after scaling, for validation; null when any value is plausible. */
export function unitRange(unit: ValueUnitGuess): [number, number] | null {
  switch (unit) {
    case 'percent':
      return [0, 100];
    case 'persons':
    case 'count':
    case 'minutes':
    case 'km':
    case 'yuan_per_year':
      return [0, Number.POSITIVE_INFINITY];
    case 'year':
      return [1949, 2100];
    default:
      return null;
  }
}
