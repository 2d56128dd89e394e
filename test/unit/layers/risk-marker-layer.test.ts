import { describe, expect, it } from 'vitest';
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import { createRiskMarkerLayer, placeRiskMarks, RISK_LEVEL_COLORS, RISK_RADIUS_PX, RISK_RING_PX, type PlacedRiskMark } from '../../../src/layers/risk-marker-layer';

const severeOverdue: PlacedRiskMark = { county: '522622', level: 4, count: 2, overdue: true, point: [107.9, 26.9] };
const low: PlacedRiskMark = { county: '522601', level: 1, count: 1, overdue: false, point: [107.98, 26.58] };
const data = [severeOverdue, low];
type Props = Required<ScatterplotLayerProps<PlacedRiskMark>>;
const props = (over = {}) => createRiskMarkerLayer({ paneId: '1', data, ...over }).props as unknown as Props;
const call = <T>(accessor: unknown, d: PlacedRiskMark): T => (accessor as (x: PlacedRiskMark) => T)(d);

describe('createRiskMarkerLayer', () => {
  it('has a stable id per pane and passes the data array through', () => {
    expect(props().id).toBe('risk-markers-1');
    expect(props().data).toBe(data);
  });

  it('sizes and colours by level and rings overdue counties', () => {
    expect(call(props().getRadius, severeOverdue)).toBe(RISK_RADIUS_PX[4]);
    expect(call(props().getRadius, low)).toBe(RISK_RADIUS_PX[1]);
    expect(call(props().getFillColor, severeOverdue)).toEqual(RISK_LEVEL_COLORS[4]);
    expect(call(props().getLineWidth, severeOverdue)).toBe(RISK_RING_PX.overdue);
    expect(call(props().getLineWidth, low)).toBe(RISK_RING_PX.normal);
    expect(props().pickable).toBe(false);
    expect(props({ onHover: () => true }).pickable).toBe(true);
  });

  it('places marks at county points and drops unknown counties', () => {
    const placed = placeRiskMarks([{ county: '522622', level: 3, count: 1, overdue: false }, { county: '999999', level: 4, count: 1, overdue: true }], (a) => (a === '522622' ? [1, 2] : undefined));
    expect(placed).toEqual([{ county: '522622', level: 3, count: 1, overdue: false, point: [1, 2] }]);
  });
});
