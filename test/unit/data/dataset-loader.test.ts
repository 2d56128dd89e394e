import { describe, expect, it } from 'vitest';
import {
  loadDataset, parseAttributeColumnFile, parseIndicatorColumnFile, parseManifest, resolveDataUrl,
} from '../../../src/data/dataset-loader';
import { findIndicatorDefinition, SAMPLE_SOURCE, toIndicatorMeta } from '../../../src/model/indicators/registry';

function manifestJson() {
  return {
    schema: 1, id: 'demo', name: { zh: '演示', en: 'Demo' }, sample: true,
    provenance: { source: 'test', createdAt: '2025-01-01T00:00:00.000Z' },
    geoVintage: '2016', counties: ['110101', '520102', '540102'], years: [2019, 2020],
    indicators: [toIndicatorMeta(findIndicatorDefinition('tap_water')!, { source: SAMPLE_SOURCE, vintage: 'v', file: 'columns/tap.json', years: [2019, 2020] })],
    attributes: [
      { id: 'region', name: { zh: '区域', en: 'Region' }, kind: 'category', file: 'attributes.json' },
      { id: 'exit_year', name: { zh: '年', en: 'Year' }, kind: 'number', file: 'attributes.json' },
    ],
  };
}

describe('dataset parsing', () => {
  it('parses a manifest and rejects bad adcodes and schemas', () => {
    const m = parseManifest(manifestJson());
    expect(m.indicators[0]!.aggregation).toEqual({ method: 'weighted_mean', weight: 'rural_population' });
    expect(() => parseManifest({ ...manifestJson(), counties: [110101] })).toThrow(/manifest\.json: counties\[0\]: expected a 6-digit adcode/);
    expect(() => parseManifest({ ...manifestJson(), schema: 99 })).toThrow(/schema/);
  });

  it('turns column files into Float32Arrays per year with NaN for null', () => {
    const [tap] = parseIndicatorColumnFile({ schema: 1, indicators: [{ id: 'tap_water', years: [2019, 2020], values: [[1.5, null, 3], [2, 2, null]] }] }, 3);
    expect(tap!.years).toEqual([2019, 2020]);
    expect(Array.from(tap!.byYear.get(2019)!)).toEqual([1.5, NaN, 3]);
    expect(() => parseIndicatorColumnFile({ schema: 1, indicators: [{ id: 'x', years: [2019], values: [[1, 2]] }] }, 3)).toThrow(/expected 3 counties/);
  });

  it('keeps categorical attributes as strings and numeric ones as Float32Arrays', () => {
    const kinds = new Map([['region', 'category' as const], ['exit_year', 'number' as const]]);
    const [region, exit] = parseAttributeColumnFile({ schema: 1, attributes: [
      { id: 'region', values: ['east', 'west', null] }, { id: 'exit_year', values: [null, 2018, 2020] },
    ] }, 3, kinds);
    expect(region).toEqual({ id: 'region', kind: 'category', values: ['east', 'west', null] });
    expect(exit!.kind).toBe('number');
    expect(Array.from(exit!.values as Float32Array)).toEqual([NaN, 2018, 2020]);
  });

  it('resolves files relative to the manifest', () => {
    expect(resolveDataUrl('./data/sample/manifest.json', 'columns/a.json')).toBe('./data/sample/columns/a.json');
    expect(resolveDataUrl('./data/sample/manifest.json', '../rules/r.json')).toBe('./data/rules/r.json');
    expect(resolveDataUrl('http://h/app/data/sample/manifest.json', '../rules/r.json')).toBe('http://h/app/data/rules/r.json');
  });
});

describe('loadDataset', () => {
  it('fetches each column file once, when first needed', async () => {
    const requests: string[] = [];
    const files: Record<string, unknown> = {
      'd/manifest.json': manifestJson(),
      'd/columns/tap.json': { schema: 1, indicators: [{ id: 'tap_water', years: [2019, 2020], values: [[1, 2, 3], [4, 5, 6]] }] },
      'd/attributes.json': { schema: 1, attributes: [{ id: 'region', values: ['east', 'west', 'west'] }, { id: 'exit_year', values: [null, null, 2019] }] },
    };
    const loader = await loadDataset('d/manifest.json', async (url) => {
      requests.push(url);
      return files[url];
    });
    expect(requests).toEqual(['d/manifest.json']);
    const [a, b] = await Promise.all([loader.loadIndicator('tap_water'), loader.loadIndicator('tap_water')]);
    expect(a).toBe(b);
    expect(a.byYear.get(2020)![2]).toBe(6);
    const attrs = await loader.loadAttributes();
    expect(attrs.get('region')!.values).toEqual(['east', 'west', 'west']);
    expect(requests).toEqual(['d/manifest.json', 'd/columns/tap.json', 'd/attributes.json']);
    await expect(loader.loadIndicator('nope')).rejects.toThrow(/no indicator/);
  });
});
