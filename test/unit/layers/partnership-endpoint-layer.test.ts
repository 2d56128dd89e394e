import { describe, expect, it } from 'vitest';
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import { createPartnershipEndpointLayer } from '../../../src/layers/partnership-endpoint-layer';
import type { ArcEndpoint } from '../../../src/model/partnership/view';
import { DIMMED_ALPHA } from '../../../src/model/partnership/style';

const east: ArcEndpoint = { adcode: '440100', side: 'east', point: [113.3, 23.1], eastProvince: '440000', partner: true };
const west: ArcEndpoint = { adcode: '522700', side: 'west', point: [107.5, 26.3], eastProvince: '440000', partner: true };
const data = [east, west];
type Props = Required<ScatterplotLayerProps<ArcEndpoint>>;
const props = (over = {}) => createPartnershipEndpointLayer({ paneId: '0', data, ...over }).props as unknown as Props;
const call = <T>(accessor: unknown, d: ArcEndpoint): T => (accessor as (x: ArcEndpoint) => T)(d);

describe('createPartnershipEndpointLayer', () => {
  it('has a stable id and passes the data array through', () => {
    expect(props().id).toBe('partnership-ends-0');
    expect(props({ highlightEast: '330000' }).data).toBe(data);
  });

  it('dims eastern ends outside the highlight, never western ones, via update triggers', () => {
    expect(call<number[]>(props().getFillColor, east)[3]).toBe(255);
    expect(call<number[]>(props({ highlightEast: '330000' }).getFillColor, east)[3]).toBe(DIMMED_ALPHA);
    expect(call<number[]>(props({ highlightEast: '440000' }).getFillColor, east)[3]).toBe(255);
    expect(call<number[]>(props({ highlightEast: '330000' }).getFillColor, west)[3]).toBe(255);
    expect(props({ highlightEast: '330000' }).updateTriggers.getFillColor).toEqual(['330000']);
  });

  it('dims the western end of another partner’s county pair, keeps western partners lit', () => {
    const countyWest: ArcEndpoint = { adcode: '522701', side: 'west', point: [107.5, 26.2], eastProvince: '440000', eastPartner: '440100', partner: false };
    const lit = (highlightEast: string | null) => call<number[]>(props({ data: [countyWest], highlightEast }).getFillColor, countyWest)[3];
    expect(lit('330000')).toBe(DIMMED_ALPHA);
    expect(lit('440000')).toBe(255);
    expect(lit('440100')).toBe(255);
  });

  it('hides county-pair ends while county arcs are thinned and draws a selected pair’s ends large', () => {
    const countyEast: ArcEndpoint = { adcode: '440103', side: 'east', point: [113.2, 23.1], eastProvince: '440000', eastPartner: '440100', partner: false };
    expect(call<number>(props({ data: [countyEast], countyEnds: false }).getRadius, countyEast)).toBe(0);
    expect(call<number>(props({ data: [countyEast], countyEnds: false }).getRadius, east)).toBeGreaterThan(0);
    expect(call<number>(props({ data: [countyEast], selected: '440103-522701' }).getRadius, countyEast)).toBe(7);
  });

  it('is pickable only when someone listens', () => {
    expect(props().pickable).toBe(false);
    expect(props({ onClick: () => true }).pickable).toBe(true);
  });
});
