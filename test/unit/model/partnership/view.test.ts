import { describe, expect, it } from 'vitest';
import {
  arcDataKey,
  arcEmphasis,
  COUNTY_ARC_DETAIL_ZOOM,
  countedArcs,
  countyArcsShown,
  countyPairKey,
  arcFilterOfView,
  buildArcEndpoints,
  countArcsByLevel,
  flowPhaseAt,
  isArcLit,
  nearestFlowYear,
  structureFlowYears,
} from '../../../../src/model/partnership/view';
import { parsePartnershipFlows } from '../../../../src/model/partnership/flows';
import type { PartnershipArc } from '../../../../src/model/partnership/arcs';
import { readJson } from './test-data';

const arc = (over: Partial<PartnershipArc>): PartnershipArc => ({
  id: 'a',
  level: 'province',
  pairId: '2021-440000-450000',
  eastPartner: '440000',
  eastAdcode: '440000',
  westAdcode: '450000',
  eastProvince: '440000',
  westProvince: '450000',
  eastPoint: [113.3, 23.1],
  westPoint: [108.3, 22.8],
  countySet: -1,
  countyRow: -1,
  ...over,
});

describe('arc filter of the view', () => {
  it('filters by western province and level only; the eastern partner is a highlight', () => {
    expect(arcFilterOfView({ westProvinceFilter: null, level: 'all' })).toEqual({});
    expect(arcFilterOfView({ westProvinceFilter: '510000', level: 'county' })).toEqual({ westProvinces: ['510000'], levels: ['county'] });
  });

  it('keys the data array by structure, western province and level', () => {
    expect(arcDataKey({ structure: 2016, westProvinceFilter: null, level: 'all' })).toBe('2016||all');
    expect(arcDataKey({ structure: 2021, westProvinceFilter: '510000', level: 'county' })).not.toBe(arcDataKey({ structure: 2021, westProvinceFilter: '510000', level: 'all' }));
  });
});

describe('flow years', () => {
  const flows = parsePartnershipFlows(readJson('public/data/sample/partnership-flows.json'));

  it('lists the years each structure has flows for', () => {
    expect(structureFlowYears(flows, 2016)).toEqual([2017, 2018, 2019, 2020]);
    expect(structureFlowYears(flows, 2021)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('maps a pane year to the nearest flow year and says when it is not the same', () => {
    expect(nearestFlowYear([2017, 2018, 2019, 2020], 2019)).toEqual({ year: 2019, exact: true });
    expect(nearestFlowYear([2021, 2022, 2023], 2016)).toEqual({ year: 2021, exact: false });
    expect(nearestFlowYear([2017, 2018, 2019, 2020], 2025)).toEqual({ year: 2020, exact: false });
    expect(nearestFlowYear([2018, 2020], 2019)).toEqual({ year: 2018, exact: false }); // tie: the earlier
    expect(nearestFlowYear([], 2019)).toBeNull();
  });
});

describe('highlight and counts', () => {
  it('lights a province’s own and its cities’ arcs, a city only its own', () => {
    const province = arc({});
    const city = arc({ eastPartner: '440100', eastAdcode: '440100', level: 'prefecture' });
    expect(isArcLit(province, null)).toBe(true);
    expect(isArcLit(province, '440000')).toBe(true);
    expect(isArcLit(city, '440000')).toBe(true);
    expect(isArcLit(city, '440100')).toBe(true);
    expect(isArcLit(province, '440100')).toBe(false);
    expect(isArcLit(province, '330000')).toBe(false);
  });

  it('counts arcs by level', () => {
    expect(countArcsByLevel([arc({}), arc({ level: 'county' }), arc({ level: 'county' })])).toEqual({ province: 1, prefecture: 0, county: 2 });
  });
});

describe('buildArcEndpoints', () => {
  it('keeps one dot per place, eastern ends first, and marks pairing ends', () => {
    const arcs = [
      arc({ id: 'c1', level: 'county', eastAdcode: '440103', westAdcode: '450102', countySet: 0, countyRow: 0 }),
      arc({ id: 'c2', level: 'county', eastAdcode: '440103', westAdcode: '450103', countySet: 0, countyRow: 1 }),
      arc({}),
    ];
    const ends = buildArcEndpoints(arcs);
    expect(ends.map((e) => `${e.side}:${e.adcode}:${e.partner}`)).toEqual([
      'east:440103:false',
      'east:440000:true',
      'west:450102:false',
      'west:450103:false',
      'west:450000:true',
    ]);
  });
});

describe('flowPhaseAt', () => {
  it('cycles 0..1 over the period, also for negative clock times', () => {
    expect(flowPhaseAt(0, 1000)).toBe(0);
    expect(flowPhaseAt(250, 1000)).toBe(0.25);
    expect(flowPhaseAt(1250, 1000)).toBe(0.25);
    expect(flowPhaseAt(-250, 1000)).toBe(0.75);
  });
});

describe('county arc detail and emphasis', () => {
  const base = { level: 'all' as const, eastFilter: null, westProvinceFilter: null };
  const pairArc = { level: 'prefecture' as const, eastPartner: '330100', eastProvince: '330000', eastAdcode: '330100', westAdcode: '422800' };
  const countyArc = { ...pairArc, level: 'county' as const, eastAdcode: '330106', westAdcode: '422801' };

  it('thins county arcs at the national view and shows them on zoom, filter, county level or a selection', () => {
    expect(countyArcsShown(base, 3.4)).toBe(false);
    expect(countyArcsShown(base, COUNTY_ARC_DETAIL_ZOOM)).toBe(true);
    expect(countyArcsShown({ ...base, level: 'county' }, 3.4)).toBe(true);
    expect(countyArcsShown({ ...base, eastFilter: '330000' }, 3.4)).toBe(true);
    expect(countyArcsShown({ ...base, westProvinceFilter: '520000' }, 3.4)).toBe(true);
    expect(countyArcsShown({ ...base, countyPair: '330106-422801' }, 3.4)).toBe(true);
  });

  it('gives the selected pair its own emphasis and hides thinned county arcs', () => {
    const none = { east: null, selected: null, countyArcs: true };
    expect(arcEmphasis(countyArc, none)).toBe('lit');
    expect(arcEmphasis(countyArc, { ...none, countyArcs: false })).toBe('hidden');
    expect(arcEmphasis(pairArc, { ...none, countyArcs: false })).toBe('lit');
    expect(arcEmphasis(countyArc, { ...none, selected: countyPairKey(countyArc) })).toBe('selected');
    expect(arcEmphasis(pairArc, { ...none, selected: countyPairKey(countyArc) })).toBe('dim');
    expect(arcEmphasis(pairArc, { ...none, east: '440000' })).toBe('dim');
  });

  it('counts only the arcs that pass the eastern filter and are drawn', () => {
    const arcs = [pairArc, countyArc, { ...pairArc, eastPartner: '440100', eastProvince: '440000' }] as unknown as Parameters<typeof countedArcs>[0];
    expect(countedArcs(arcs, null, true)).toHaveLength(3);
    expect(countedArcs(arcs, '330000', true)).toHaveLength(2);
    expect(countedArcs(arcs, '330000', false)).toHaveLength(1);
  });
});
