import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import type { DatasetManifest } from '../../../../src/model/indicators/dataset';
import { findIndicatorDefinition, toIndicatorMeta } from '../../../../src/model/indicators/registry';
import { choroplethPalette, computePaneChoropleth } from '../../../../src/selectors/pane-choropleth';
import { buildExportSpec, defaultExportTitle, isoDate, type ExportPaneInput } from '../../../../src/panels/export/export-spec-model';
import { createDefaultViewState } from '../../../../src/model/view/view-state';

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const N = index.counties.length;
const meta = toIndicatorMeta(findIndicatorDefinition('tap_water')!, { source: { zh: '示例来源', en: 'sample source' }, vintage: 'sample-2024', file: 'f' });

function pane(sample: boolean, year = 2020): ExportPaneInput {
  const column = Float32Array.from({ length: N }, (_, i) => (i === 0 ? Number.NaN : i));
  const choropleth = computePaneChoropleth({
    index,
    datasetId: sample ? 'sample' : 'office',
    meta,
    values: { id: 'v', years: [year], byYear: new Map([[year, column]]) },
    year,
    level: 'county',
    classification: { method: 'equal', classes: 4, scheme: 'YlOrRd' },
    margin: 1,
  });
  const manifest = { id: sample ? 'sample' : 'office', name: { zh: sample ? '示例' : '办公室数据', en: sample ? 'Sample' : 'Office' }, sample, provenance: { source: 's', createdAt: '' } } as unknown as DatasetManifest;
  return { choropleth, palette: choroplethPalette(choropleth, 'YlOrRd'), sharedWith: [], manifest, legendShown: true };
}

const view = { ...createDefaultViewState(), layout: '2h' as const };
const at = new Date(2026, 11, 1, 9, 30);

describe('buildExportSpec', () => {
  it('captions, legends and sources of each pane; the sample stamp when a pane shows the sample', () => {
    const spec = buildExportSpec({ view, panes: [pane(true, 2016), pane(false)], title: 'T', exportedAt: at });
    expect(spec.panes.map((p) => p.caption)).toEqual(['1 · 农村自来水普及率 · 2016 年', '2 · 农村自来水普及率 · 2020 年']);
    expect(spec.panes.map((p) => p.sample)).toEqual([true, false]);
    expect(spec.sampleStamp).toBe('示例数据 / Sample data');
    expect(spec.sampleTag).toBe('示例数据');
    const legend = spec.panes[0]!.legend!;
    expect(legend.rows).toHaveLength(5); // four classes and no data
    expect(legend.rows[4]!.label).toBe('无数据');
    expect(legend.lines[0]).toBe('单位：%');
    expect(spec.sources).toEqual([
      '示例：农村自来水普及率，来源 示例来源，sample-2024',
      '办公室数据：农村自来水普及率，来源 示例来源，sample-2024',
      '边界：县级行政区划（约 2016 年）',
    ]);
    expect(spec.date).toBe('导出日期 2026-12-01');
    expect(spec.nonStandard).toBe('非标准地图，仅供内部分析');
  });

  it('no sample shown: no stamp; a single pane has no number; a hidden legend is left out', () => {
    const p = { ...pane(false), legendShown: false };
    const spec = buildExportSpec({ view: { ...view, layout: '1', lang: 'en' }, panes: [p], title: 'T', exportedAt: at });
    expect(spec.sampleStamp).toBeNull();
    expect(spec.panes[0]!.caption).toBe('Rural tap water · 2020');
    expect(spec.panes[0]!.legend).toBeNull();
    expect(spec.north).toBe('N');
  });

  it('a pane colouring by province says so; titles and dates', () => {
    const none: ExportPaneInput = { choropleth: null, palette: [], sharedWith: [], manifest: undefined, legendShown: true };
    const spec = buildExportSpec({ view: { ...view, layout: '1' }, panes: [none], title: 'T', exportedAt: at });
    expect(spec.panes[0]).toEqual({ caption: '按省份着色', sample: false, legend: null });
    expect(spec.sources).toEqual(['边界：县级行政区划（约 2016 年）']);
    expect(defaultExportTitle({ lang: 'zh-CN' }, none)).toBe('协同 · 县域协作地图');
    expect(defaultExportTitle({ lang: 'zh-CN' }, pane(true, 2018))).toBe('农村自来水普及率 · 2018 年');
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
