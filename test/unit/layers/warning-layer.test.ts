import { describe, expect, it } from 'vitest';
import { createWarningLayer, warningMarks, WARNING_COLORS, WARNING_RADIUS_PX, type WarningMark } from '../../../src/layers/warning-layer';
import type { EarlyWarning } from '../../../src/model/monitoring/early-warning';

const warning = (adcode: string, kind: EarlyWarning['kind']): EarlyWarning => ({
  adcode, indicator: 'monitor:risk_score', kind, year: 2022, previousYear: 2021, before: 0.2, after: 0.5, change: 0.3,
  line: kind === 'crossed' ? 0.33 : null, threshold: kind === 'worsened' ? 0.15 : null, worseWhen: 'higher', severity: 1,
});

describe('warnings layer', () => {
  it('places one mark per county at its point, skipping unknown counties', () => {
    const points: Record<string, [number, number]> = { '520102': [106.7, 26.6], '330102': [120.2, 30.3] };
    const marks = warningMarks([warning('520102', 'crossed'), warning('520102', 'worsened'), warning('330102', 'worsened'), warning('999999', 'crossed')], (a) => points[a]);
    expect(marks.map((m) => [m.warning.adcode, m.warning.kind, m.point])).toEqual([
      ['520102', 'crossed', [106.7, 26.6]],
      ['330102', 'worsened', [120.2, 30.3]],
    ]);
  });

  it('has a stable id per pane and styles crossings and worsenings apart', () => {
    const data: WarningMark[] = [{ warning: warning('520102', 'crossed'), point: [106.7, 26.6] }];
    const layer = createWarningLayer({ paneId: '1', data, onClick: () => true });
    expect(layer.id).toBe('monitor-warnings-1');
    expect(layer.props.data).toBe(data);
    expect(layer.props.pickable).toBe(true);
    const props = layer.props as unknown as { getRadius: (d: WarningMark) => number; getLineColor: (d: WarningMark) => number[] };
    expect(props.getRadius(data[0]!)).toBe(WARNING_RADIUS_PX.crossed);
    expect(props.getLineColor(data[0]!)).toEqual([...WARNING_COLORS.crossed]);
    expect(props.getRadius({ ...data[0]!, warning: warning('520102', 'worsened') })).toBe(WARNING_RADIUS_PX.worsened);
  });
});
