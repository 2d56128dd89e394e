import { describe, expect, it } from 'vitest';
import { formatIndicatorValue } from '../../../src/i18n/format-indicator-value';

describe('formatIndicatorValue', () => {
  it('writes years as years, never as grouped quantities', () => {
    expect(formatIndicatorValue('zh-CN', 2016, 'year', 0)).toBe('2016');
    expect(formatIndicatorValue('en', 2020, 'year')).toBe('2020');
  });
  it('groups real quantities and says — for no value', () => {
    expect(formatIndicatorValue('en', 522633, 'persons', 0)).toBe('522,633');
    expect(formatIndicatorValue('en', Number.NaN, 'year')).toBe('—');
  });
});
