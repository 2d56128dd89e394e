import { describe, expect, it } from 'vitest';
import type { ArcLayerProps } from '@deck.gl/layers';
import { createPartnershipArcLayer } from '../../../src/layers/partnership-arc-layer';
import type { ArcValueReader, PartnershipArc } from '../../../src/model/partnership/arcs';
import { DIMMED_ALPHA, eastProvinceColor } from '../../../src/model/partnership/style';

const arc: PartnershipArc = {
  id: '2016-330000-510000',
  level: 'province',
  pairId: '2016-330000-510000',
  eastPartner: '330000',
  eastAdcode: '330000',
  westAdcode: '510000',
  eastProvince: '330000',
  westProvince: '510000',
  eastPoint: [119.5, 29.9],
  westPoint: [104.0, 30.7],
  countySet: -1,
  countyRow: -1,
};
const data: readonly PartnershipArc[] = [arc];
const readValue: ArcValueReader = (_a, measureId, year) => (measureId === 'fiscal_aid' && year === 2019 ? 2500 : null);
const base = {
  paneId: 'p0',
  data,
  readValue,
  measure: { id: 'fiscal_aid', direction: 'east_to_west' as const },
  year: 2019,
  widthMax: 10000,
  widthRangePx: { minPx: 1, maxPx: 11 },
};

type Props = Required<ArcLayerProps<PartnershipArc>>;
const props = (over: Partial<Parameters<typeof createPartnershipArcLayer>[0]> = {}) =>
  createPartnershipArcLayer({ ...base, ...over }).props as unknown as Props;
const call = <T>(accessor: unknown): T => (accessor as (d: PartnershipArc) => T)(arc);

describe('createPartnershipArcLayer', () => {
  it('has a stable id per pane and passes the same data array through', () => {
    expect(props().id).toBe('partnership-arcs-p0');
    expect(props({ paneId: 'p1' }).id).toBe('partnership-arcs-p1');
    expect(props().data).toBe(data);
    expect(props({ year: 2020, highlightEast: '440000' }).data).toBe(data);
  });

  it('puts the source at the eastern end for east → west measures and at the western end for labour', () => {
    const money = props();
    expect(call(money.getSourcePosition)).toEqual(arc.eastPoint);
    expect(call(money.getTargetPosition)).toEqual(arc.westPoint);
    const labour = props({ measure: { id: 'labour_placed', direction: 'west_to_east' } });
    expect(call(labour.getSourcePosition)).toEqual(arc.westPoint);
    expect(call(labour.getTargetPosition)).toEqual(arc.eastPoint);
    expect(labour.updateTriggers.getSourcePosition).toEqual(['west_to_east']);
  });

  it('sizes width by the measure on a square-root scale, in pixels', () => {
    const p = props();
    expect(p.widthUnits).toBe('pixels');
    expect(call(p.getWidth)).toBe(6); // 1 + 10 * sqrt(2500 / 10000)
    expect(call(props({ year: 2020 }).getWidth)).toBe(1); // no figure: thin, still drawn
  });

  it('changes style through updateTriggers only', () => {
    const p = props({ year: 2020, highlightEast: '440000', gradient: false });
    expect(p.updateTriggers.getWidth).toEqual([readValue, 'fiscal_aid', 2020, 10000, 1, 11, null, true]);
    expect(p.updateTriggers.getSourceColor).toEqual(['440000', null, true, false]);
    expect(p.updateTriggers.getTargetColor).toEqual(['440000', null, true, false]);
  });

  it('colours by eastern province, dims the others when one is highlighted, fades towards the arriving end', () => {
    const [r, g, b] = eastProvinceColor('330000');
    expect(call(props().getSourceColor)).toEqual([r, g, b, 255]);
    expect(call<number[]>(props().getTargetColor)[3]).toBeLessThan(255);
    expect(call(props({ gradient: false }).getTargetColor)).toEqual([r, g, b, 255]);
    expect(call<number[]>(props({ highlightEast: '440000' }).getSourceColor)[3]).toBe(DIMMED_ALPHA);
    expect(call<number[]>(props({ highlightEast: '330000' }).getSourceColor)[3]).toBe(255);
  });

  it('is pickable only when someone listens, and can be hidden without being removed', () => {
    expect(props().pickable).toBe(false);
    expect(props({ onHover: () => undefined }).pickable).toBe(true);
    expect(props({ visible: false }).visible).toBe(false);
  });
});

describe('animated flow', () => {
  it('is off by default and passes the shared phase object through unchanged', () => {
    const still = createPartnershipArcLayer(base).props as unknown as { flowAnimate: boolean };
    expect(still.flowAnimate).toBe(false);
    const phase = { value: 0.3 };
    const moving = createPartnershipArcLayer({ ...base, animate: true, phase }).props as unknown as { flowAnimate: boolean; flowPhase: unknown };
    expect(moving.flowAnimate).toBe(true);
    expect(moving.flowPhase).toBe(phase);
  });

  it('lights a city partner’s arcs when the city is highlighted', () => {
    const city = { ...arc, eastPartner: '330100', eastAdcode: '330100', level: 'prefecture' as const };
    const p = createPartnershipArcLayer({ ...base, data: [city], highlightEast: '330100' }).props as unknown as Props;
    expect((p.getSourceColor as unknown as (d: PartnershipArc) => number[])(city)[3]).toBe(255);
  });
});

describe('county arcs at the national view and a selected county pair', () => {
  const county: PartnershipArc = {
    ...arc,
    id: '2016-330000-510000:330106-513301',
    level: 'county',
    eastAdcode: '330106',
    westAdcode: '513301',
    countySet: 0,
    countyRow: 0,
  };
  const on = (p: Props, d: PartnershipArc, key: 'getWidth' | 'getSourceColor') => (p[key] as unknown as (x: PartnershipArc) => unknown)(d);

  it('draws no county arc while countyArcs is off, and keeps the pairing arcs', () => {
    const p = props({ data: [arc, county], countyArcs: false });
    expect(on(p, county, 'getWidth')).toBe(0);
    expect((on(p, county, 'getSourceColor') as number[])[3]).toBe(0);
    expect(on(p, arc, 'getWidth')).toBe(6);
    expect(p.updateTriggers.getWidth).toContain(false);
  });

  it('draws the selected county pair wide and bright and dims the rest', () => {
    const p = props({ data: [arc, county], selected: '330106-513301', countyArcs: false });
    expect(on(p, county, 'getWidth')).toBeGreaterThanOrEqual(5);
    expect((on(p, county, 'getSourceColor') as number[])[3]).toBe(255);
    expect((on(p, arc, 'getSourceColor') as number[])[3]).toBe(DIMMED_ALPHA);
    const both = [arc, county];
    expect(props({ data: both, selected: '330106-513301' }).data).toBe(both); // a selection is a style change
  });
});
