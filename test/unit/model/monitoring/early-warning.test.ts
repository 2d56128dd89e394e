import { describe, expect, it } from 'vitest';
import { detectWarnings, sortWarnings, worstPerCounty, type WarningWatch } from '../../../../src/model/monitoring/early-warning';

const ADCODES = ['520102', '520103', '520104', '520105', '520106'];
const RISK: WarningWatch = { indicator: 'monitor:risk_score', worseWhen: 'higher', isBad: (x) => x >= 0.4, line: 0.4, minChange: 0.15 };

describe('early warnings', () => {
  it('finds crossings and worsening beyond the set change, with what changed and by how much', () => {
    const before = Float32Array.from([0.2, 0.1, 0.5, 0.3, Number.NaN]);
    const after = Float32Array.from([0.4, 0.25, 0.5, 0.2, 0.9]);
    const ws = detectWarnings(ADCODES, RISK, before, after, 2022, 2021);
    expect(ws.map((w) => [w.adcode, w.kind])).toEqual([['520102', 'crossed'], ['520103', 'worsened']]);
    const crossed = ws[0]!;
    expect(crossed.line).toBe(0.4);
    expect(crossed.before).toBeCloseTo(0.2, 6);
    expect(crossed.after).toBeCloseTo(0.4, 6);
    expect(crossed.change).toBeCloseTo(0.2, 6);
    expect(crossed.year).toBe(2022);
    expect(crossed.previousYear).toBe(2021);
    // 0.1 → 0.25 is exactly the set change 0.15: it counts (Float32 noise notwithstanding).
    expect(ws[1]!.threshold).toBe(0.15);
    expect(ws[1]!.line).toBeNull();
  });

  it('watches the lower-is-worse direction and crossings only without a set change', () => {
    const status: WarningWatch = { indicator: 'monitor:relapse_status', worseWhen: 'lower', isBad: (x) => x === 1, line: 1 };
    const ws = detectWarnings(ADCODES, status, [3, 2, 1, 3, 3], [1, 1, 1, 2, 3], 2023, 2022);
    expect(ws.map((w) => w.adcode)).toEqual(['520102', '520103']);
    expect(ws.every((w) => w.kind === 'crossed')).toBe(true);
    const share: WarningWatch = { indicator: 'monitor:relapse_share', worseWhen: 'higher', minChange: 0.5 };
    expect(detectWarnings(ADCODES, share, [1, 1, 1, 1, 1], [1.49, 1.5, 0.2, 3, 1], 2023, 2022).map((w) => w.adcode)).toEqual(['520103', '520105']);
  });

  it('orders by severity and keeps the worst per county', () => {
    const a = detectWarnings(ADCODES, RISK, [0.2, 0.1, 0, 0, 0], [0.4, 0.25, 0.35, 0, 0], 2022, 2021);
    const b = detectWarnings(ADCODES, { ...RISK, indicator: 'monitor:other' }, [0.1, 0, 0, 0, 0], [0.5, 0, 0, 0, 0], 2022, 2021);
    const sorted = sortWarnings([...a, ...b]);
    expect(sorted[0]!.indicator).toBe('monitor:other');
    expect(sorted.map((w) => w.adcode)).toEqual(['520102', '520102', '520104', '520103']);
    expect(worstPerCounty([...a, ...b]).map((w) => w.adcode)).toEqual(['520102', '520104', '520103']);
  });
});
