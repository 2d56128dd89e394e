import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import { NO_DATA_CLASS } from '../../../../src/model/indicators/classify';
import { findIndicatorDefinition, toIndicatorMeta } from '../../../../src/model/indicators/registry';
import { parseRuleFile } from '../../../../src/model/rules/exit-check-rules';
import { choroplethPalette, computePaneChoropleth, type ChoroplethInput } from '../../../../src/selectors/pane-choropleth';
import { buildLegendModel, describeLines, HISTOGRAM_SIZE, layoutHistogram } from '../../../../src/panels/legend/legend-model';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const N = index.counties.length;
const rule = parseRuleFile(JSON.parse(readFileSync('public/data/rules/poverty-exit.json', 'utf8')))[0]!;
const meta = (id: string) => toIndicatorMeta(findIndicatorDefinition(id)!, { source: { zh: 's', en: 's' }, vintage: 't', file: 'f' });

function choropleth(patch: Partial<ChoroplethInput> = {}) {
  const column = Float32Array.from({ length: N }, (_, i) => (i === 0 ? Number.NaN : i));
  return computePaneChoropleth({
    index,
    datasetId: 'sample',
    meta: meta('tap_water'),
    values: { id: 'v', years: [2020], byYear: new Map([[2020, column]]) },
    year: 2020,
    level: 'county',
    classification: { method: 'equal', classes: 4, scheme: 'YlOrRd' },
    margin: 1,
    ...patch,
  });
}

describe('buildLegendModel', () => {
  it('lists classes with ranges and counts, the no-data row, unit and year', () => {
    const c = choropleth();
    const m = buildLegendModel({ choropleth: c, palette: choroplethPalette(c, 'YlOrRd'), lang: 'zh-CN', highlight: null, margin: 1 });
    expect(m.rows.length).toBe(4);
    expect(m.rows.reduce((a, r) => a + r.count, 0)).toBe(N - 1);
    expect(m.rows[0]!.label).toMatch(/^1 – /);
    expect(m.noData).toMatchObject({ classIndex: NO_DATA_CLASS, count: 1 });
    expect(m.unit).toBe('%');
    expect(m.year).toBe(2020);
    expect(m.title).toBe('农村自来水普及率');
    expect(m.lines).toBe('');
    expect(m.countedBy).toBe('');
  });

  it('marks the highlighted class and dims the others', () => {
    const c = choropleth();
    const m = buildLegendModel({ choropleth: c, palette: choroplethPalette(c, 'YlOrRd'), lang: 'en', highlight: 2, margin: 1 });
    expect(m.rows.map((r) => r.highlighted)).toEqual([false, false, true, false]);
    expect(m.rows.map((r) => r.dimmed)).toEqual([true, true, false, true]);
    expect(m.noData.dimmed).toBe(true);
  });

  it('shows pass/near/fail with the official lines for threshold classification', () => {
    const regions = index.counties.map((c) => (c.province >= '500000' ? 'west' : 'east') as 'west' | 'east');
    const c = choropleth({ meta: meta('poverty_incidence'), classification: { method: 'threshold', classes: 3, scheme: 'x' }, rule, regions });
    const m = buildLegendModel({ choropleth: c, palette: choroplethPalette(c, 'x'), lang: 'zh-CN', highlight: null, margin: 1 });
    expect(m.rows.map((r) => r.label.slice(0, 2))).toEqual(['达标', '临界', '未达']);
    expect(m.lines).toContain('东部 < 2%');
    expect(m.lines).toContain('西部 < 3%');
  });

  it('says which level counts at aggregated levels', () => {
    const c = choropleth({ level: 'province', meta: meta('poor_population') });
    const m = buildLegendModel({ choropleth: c, palette: choroplethPalette(c, 'YlOrRd'), lang: 'en', highlight: null, margin: 1 });
    expect(m.countedBy).toBe(`By Province (${index.provinces.length})`);
  });
});

describe('describeLines / layoutHistogram', () => {
  it('joins regions sharing a line', () => {
    const text = describeLines([{ region: 'west', op: '<', line: 3 }, { region: 'central', op: '<', line: 2 }, { region: 'east', op: '<', line: 2 }], 'en', '%');
    expect(text).toBe('east/central < 2%, west < 3%');
  });
  it('lays bars across the width, the tallest at full height, coloured by class', () => {
    const h = layoutHistogram([{ x0: 0, x1: 5, count: 2 }, { x0: 5, x1: 10, count: 4 }], [5], [[1, 1, 1, 255], [2, 2, 2, 255]]);
    expect(h.bars[0]!.x).toBe(0);
    expect(h.bars[1]!.height).toBe(HISTOGRAM_SIZE.height);
    expect(h.bars[0]!.height).toBe(HISTOGRAM_SIZE.height / 2);
    expect(h.bars.map((b) => b.color)).toEqual(['rgb(1, 1, 1)', 'rgb(2, 2, 2)']);
  });
});
