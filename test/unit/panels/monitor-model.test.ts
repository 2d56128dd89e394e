import { describe, expect, it } from 'vitest';
import { countyDeprivations, indexSummaries, pickIndexYear } from '../../../src/panels/monitor/monitor-model';
import type { MonitorDimension } from '../../../src/model/monitoring/monitor-view';
import type { IndicatorValues } from '../../../src/model/indicators/dataset';

const DIMS: MonitorDimension[] = [
  { id: 'income', indicator: 'sample:rural_income', transform: 'level', op: '<', cutoff: 12000, weight: 3 },
  { id: 'market', indicator: 'sample:expressway_minutes', transform: 'level', op: '>', cutoff: 60, weight: 1 },
  { id: 'off', indicator: 'sample:x', transform: 'level', op: '<', cutoff: 1, weight: 0 },
];
const col = (id: string, xs: number[]): [string, IndicatorValues] => [id, { id, years: [2022], byYear: new Map([[2022, Float32Array.from(xs)]]) }];
const COLUMNS = new Map([col('dim_income', [10000, 15000, Number.NaN]), col('dim_market', [30, 90, 100])]);

describe('monitor tab model', () => {
  it('picks the pane year or the nearest earlier index year', () => {
    expect(pickIndexYear([2014, 2015, 2016], 2015)).toBe(2015);
    expect(pickIndexYear([2014, 2015, 2016], 2020)).toBe(2016);
    expect(pickIndexYear([2014, 2015], 2013)).toBe(2014);
    expect(pickIndexYear([], 2013)).toBeNull();
  });

  it('lists a county\'s deprivations with distances and normalised weights, leaving out weight 0', () => {
    const rows = countyDeprivations(DIMS, COLUMNS, 2022, 0);
    expect(rows.map((r) => [r.id, r.deprived, r.distance, r.weight])).toEqual([['income', true, -2000, 0.75], ['market', false, -30, 0.25]]);
    expect(countyDeprivations(DIMS, COLUMNS, 2022, 2)[0]!.deprived).toBeNull();
  });

  it('summarises the nation and a subset', () => {
    const [all, sub] = indexSummaries(DIMS, 0.5, COLUMNS, 2022, [{ id: 'nation', members: null }, { id: 'sel', members: [1] }]);
    // County 0: income only (0.75) → at risk; county 1: market only (0.25) → not; county 2 incomplete.
    expect(all!.aggregate).toMatchObject({ n: 2, q: 1, H: 0.5, A: 0.75, M0: 0.375 });
    expect(all!.aggregate.contributions).toEqual({ income: 100, market: 0 });
    expect(sub!.aggregate).toMatchObject({ n: 1, q: 0, M0: 0 });
  });
});
