import { describe, expect, it } from 'vitest';
import { povertySummary, sparkline } from '../../../../src/panels/partnership/scorecard-model';
import { createCountyPositions } from '../../../../src/model/compare/columns';
import type { IndicatorValues } from '../../../../src/model/indicators/dataset';

describe('sparkline', () => {
  it('draws defined points left to right, higher values higher, with a gap for missing years', () => {
    const s = sparkline(
      [
        { year: 2016, value: null },
        { year: 2017, value: 10 },
        { year: 2018, value: 20 },
        { year: 2019, value: null },
        { year: 2020, value: 40 },
      ],
      65,
      21,
    );
    expect(s.path.startsWith('M')).toBe(true);
    expect(s.path.match(/M/g)).toHaveLength(2); // two runs: 2017–2018 and 2020
    expect(s.last).toEqual({ x: 64, y: 1 });
  });

  it('is empty without figures', () => {
    expect(sparkline([{ year: 2016, value: null }], 60, 20)).toEqual({ path: '', last: null });
    expect(sparkline([], 60, 20)).toEqual({ path: '', last: null });
  });
});

describe('povertySummary', () => {
  // The dataset's column order differs from the map's: values must be aligned by adcode.
  const counties = ['520102', '513322', '510104'];
  const byYear = new Map<number, Float32Array>();
  for (let y = 2016; y <= 2020; y++) byYear.set(y, new Float32Array([y - 2010, 20 - (y - 2016) * 4, Number.NaN]));
  const values: IndicatorValues = { id: 'poverty_incidence', years: [...byYear.keys()], byYear };
  const positions = createCountyPositions(counties);

  it('reads each paired county through the dataset’s positions, with its 2016 base', () => {
    const s = povertySummary(['513322', '520102', '999999'], values, positions, 2019, (a) => (a === '513322' ? '盐源县' : undefined));
    expect(s.rows).toEqual([
      { adcode: '513322', name: '盐源县', base: 20, value: 8 },
      { adcode: '520102', name: '520102', base: 6, value: 9 },
      { adcode: '999999', name: '999999', base: null, value: null },
    ]);
    expect(s.mean).toBe(8.5);
    expect(s.baseMean).toBe(13);
    expect(s.trend.map((p) => p.year)).toEqual([2016, 2017, 2018, 2019]);
  });

  it('shows missing values while the column has not loaded', () => {
    const s = povertySummary(['513322'], undefined, positions, 2019, () => undefined);
    expect(s.mean).toBeNull();
    expect(s.rows[0]?.value).toBeNull();
  });
});
