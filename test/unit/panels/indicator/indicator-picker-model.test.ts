import { describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../../../../src/model/dataset';
import { INDICATOR_REGISTRY, toIndicatorMeta } from '../../../../src/model/indicator-registry';
import { findOption, groupIndicators, methodsFor, parseBreaks } from '../../../../src/panels/indicator/indicator-picker-model';

const manifest = (id: string, sample: boolean, ids: string[]): DatasetManifest =>
  ({
    id,
    sample,
    name: { zh: id, en: id },
    indicators: INDICATOR_REGISTRY.filter((d) => ids.includes(d.id)).map((d) =>
      toIndicatorMeta(d, { source: { zh: 's', en: 's' }, vintage: 'v', file: 'f' }),
    ),
  }) as unknown as DatasetManifest;

describe('groupIndicators', () => {
  it('groups all datasets by theme with qualified ids; sample ones are marked', () => {
    const groups = groupIndicators(
      [manifest('sample', true, ['tap_water', 'poverty_incidence']), manifest('mine', false, ['tap_water'])],
      'zh-CN',
    );
    expect(groups.map((g) => g.theme)).toEqual(['poverty', 'water']);
    const water = groups[1]!.options;
    expect(water.map((o) => o.value)).toEqual(['sample:tap_water', 'mine:tap_water']);
    expect(water[0]!.label).toContain('示例数据');
    expect(water[0]!.sample).toBe(true);
    expect(water[1]!.label).toContain('mine');
    expect(findOption(groups, 'mine:tap_water')?.meta.id).toBe('tap_water');
  });
  it('offers the threshold method only for indicators with an official line', () => {
    const [incidence, water] = manifest('s', true, ['poverty_incidence', 'tap_water']).indicators;
    expect(methodsFor(incidence)).toContain('threshold');
    expect(methodsFor(water)).not.toContain('threshold');
  });
  it('parses manual breaks', () => {
    expect(parseBreaks('5, 2，10 2')).toEqual([2, 5, 10]);
    expect(parseBreaks('')).toEqual([]);
    expect(parseBreaks('2, x')).toBeNull();
  });
});
