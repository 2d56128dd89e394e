import { describe, expect, it } from 'vitest';
import { indicatorValueText, valueDigits } from '../../../../src/panels/tooltip/indicator-value-text';
import type { IndicatorMeta } from '../../../../src/model/indicators/dataset';

const base: IndicatorMeta = {
  id: 'poverty_incidence',
  name: { zh: '贫困发生率', en: 'Poverty incidence' },
  definition: { zh: '', en: '' },
  unit: 'percent',
  unitLabel: { zh: '%', en: '%' },
  theme: 'poverty',
  polarity: 'lower_better',
  years: [2014, 2020],
  level: 'county',
  aggregation: { method: 'mean' },
  source: { zh: '示例', en: 'sample' },
  vintage: '2024',
  file: 'x.bin',
};

describe('indicatorValueText', () => {
  it('formats a percentage with one decimal and its unit, in either language', () => {
    expect(valueDigits(base)).toBe(1);
    expect(indicatorValueText('zh-CN', base, 12.345)).toBe('12.3 %');
    expect(indicatorValueText('en', base, 12.345)).toBe('12.3 %');
  });

  it('shows counts without decimals and with their own unit label', () => {
    const persons: IndicatorMeta = { ...base, unit: 'persons', unitLabel: { zh: '人', en: 'persons' } };
    expect(valueDigits(persons)).toBe(0);
    expect(indicatorValueText('en', persons, 12_345.6)).toBe('12,346 persons');
  });

  it('names the category of a categorical indicator, not its code', () => {
    const exit: IndicatorMeta = {
      ...base,
      unit: 'year',
      unitLabel: { zh: '', en: '' },
      categories: [
        { value: 2019, label: { zh: '2019 年摘帽', en: 'Exited 2019' } },
        { value: 0, label: { zh: '非贫困县', en: 'Not designated' } },
      ],
    };
    expect(indicatorValueText('zh-CN', exit, 2019)).toBe('2019 年摘帽');
    expect(indicatorValueText('en', exit, 0)).toBe('Not designated');
  });

  it('says "no data" for a missing value or NaN', () => {
    expect(indicatorValueText('zh-CN', base, undefined)).toBe('无数据');
    expect(indicatorValueText('en', base, Number.NaN)).toBe('no data');
  });
});
