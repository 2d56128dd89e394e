import { describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../../../../src/model/indicators/dataset';
import { INDICATOR_REGISTRY, toIndicatorMeta } from '../../../../src/model/indicators/registry';
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
  it('groups indicators by dataset, in theme order within one; sample ones are marked', () => {
    const groups = groupIndicators(
      [manifest('sample', true, ['tap_water', 'poverty_incidence']), manifest('mine', false, ['tap_water'])],
      'zh-CN',
    );
    expect(groups.map((g) => g.datasetId)).toEqual(['sample', 'mine']);
    const [sample, mine] = groups;
    expect(sample!.options.map((o) => o.value)).toEqual(['sample:poverty_incidence', 'sample:tap_water']);
    expect(sample!.options[1]!.label).toContain('示例数据');
    expect(sample!.kind).toBe('sample');
    expect(mine!.kind).toBeNull();
    expect(mine!.label).toBe('mine');
    expect(mine!.options[0]!.label).not.toContain('示例数据');
    expect(findOption(groups, 'mine:tap_water')?.meta.id).toBe('tap_water');
  });
  it('marks a real dataset as plainly as the sample: 真实数据 · its source', () => {
    const census = { ...manifest('census2020', false, ['tap_water']), kind: 'real', provenance: { source: 's', createdAt: '', label: { zh: '2020 年第七次全国人口普查', en: '2020 census' } } } as DatasetManifest;
    expect(groupIndicators([census], 'zh-CN')[0]!.label).toBe('真实数据 · 2020 年第七次全国人口普查');
    expect(groupIndicators([census], 'en')[0]!.label).toBe('Real data · 2020 census');
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
