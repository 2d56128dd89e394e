import { describe, expect, it } from 'vitest';
import { chartFrame } from '../../../../src/panels/compare/chart-frame';
import { buildLineChart } from '../../../../src/panels/compare/line-chart-model';
import { buildSlopeChart } from '../../../../src/panels/compare/slope-chart-model';
import { buildScatterChart } from '../../../../src/panels/compare/scatter-chart-model';

const frame = chartFrame(400, 240, 14);
const years = [2013, 2014, 2015, 2016];

describe('buildLineChart', () => {
  const series = [{ adcode: '520101', color: '#f00', points: [
    { year: 2013, value: 10 }, { year: 2014, value: null }, { year: 2015, value: 6 }, { year: 2016, value: 4 },
  ] }];

  it('draws one path per run of years so a missing year is a gap', () => {
    expect(buildLineChart(frame, years, series, [], String).lines[0]!.paths).toHaveLength(2);
  });

  it('lists the missing years instead of plotting them at zero', () => {
    const m = buildLineChart(frame, years, series, [], String);
    expect(m.lines[0]!.missing).toEqual([2014]);
    expect(m.lines[0]!.dots.map((d) => d.year)).toEqual([2013, 2015, 2016]);
  });

  it('places a reference label at its last value', () => {
    const refs = [{ id: 'national', label: 'N', points: [{ year: 2013, value: 8 }, { year: 2016, value: null }] }];
    expect(buildLineChart(frame, years, series, refs, String).references[0]!.labelY).not.toBeNull();
  });

  it('says when no county of the set has data', () => {
    const empty = [{ adcode: '520101', color: '#f00', points: years.map((year) => ({ year, value: null })) }];
    expect(buildLineChart(frame, years, empty, [], String).hasData).toBe(false);
  });
});

describe('buildSlopeChart', () => {
  it('keeps a missing end as null so the view can write "no data" there', () => {
    const m = buildSlopeChart(frame, [{ adcode: 'a', from: null, to: 5, change: null }, { adcode: 'b', from: 1, to: 3, change: 2 }], () => '#000', String);
    expect(m.marks[0]!.fromY).toBeNull();
    expect(m.marks[0]!.toY).not.toBeNull();
  });
});

describe('buildScatterChart', () => {
  it('lists counties without a point in the current year', () => {
    const trails = [
      { adcode: 'a', runs: [[{ year: 2013, x: 1, y: 2 }]], current: null, missingYears: [2014] },
      { adcode: 'b', runs: [[{ year: 2013, x: 1, y: 2 }, { year: 2014, x: 2, y: 3 }]], current: { year: 2014, x: 2, y: 3 }, missingYears: [] },
    ];
    const m = buildScatterChart(frame, trails, { x: [1, 2], y: [2, 3] }, () => '#000', String, String);
    expect(m.missingNow).toEqual(['a']);
    expect(m.trails[1]!.paths).toHaveLength(1);
  });

  it('spreads counties whose current points coincide, keeping where they really are', () => {
    const same = (adcode: string) => ({ adcode, runs: [[{ year: 2014, x: 0, y: 0 }]], current: { year: 2014, x: 0, y: 0 }, missingYears: [] });
    const m = buildScatterChart(frame, [same('a'), same('b'), same('c')], { x: [0, 5], y: [0, 5] }, () => '#000', String, String);
    const pts = m.trails.map((t) => t.current!);
    expect(new Set(pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)).size).toBe(3);
    expect(new Set(pts.map((p) => `${p.exactX},${p.exactY}`)).size).toBe(1);
    expect(new Set(pts.map((p) => p.labelY)).size).toBe(3);
  });
});
