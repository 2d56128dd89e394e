import { describe, expect, it } from 'vitest';
import { buildPartnershipFlows } from '../../../../scripts/sample/build-partnership-flows.mjs';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import { parsePairings } from '../../../../src/model/partnership/pairings';
import {
  arcSourcePoint,
  arcsOfEastProvince,
  arcTargetPoint,
  buildPartnershipArcs,
  createArcValueReader,
  isArcOfEastProvince,
  maxArcValue,
} from '../../../../src/model/partnership/arcs';
import { pairFlowValue, parsePartnershipFlows } from '../../../../src/model/partnership/flows';
import { parseMeasureRegistry } from '../../../../src/model/partnership/measures';
import { createPartnershipPlaces } from '../../../../src/model/partnership/places';
import { miniCounties, readJson } from './test-data';

const pairings = parsePairings(readJson('public/data/partnerships/pairings.json'));
const registry = parseMeasureRegistry(readJson('public/data/partnerships/measures.json'));
const counties = miniCounties();
const places = createPartnershipPlaces(counties);
const flows = parsePartnershipFlows(buildPartnershipFlows({ pairings, registry, counties }).flows);
const pairs = pairings.pairs;

describe('arc ends', () => {
  it('anchors a province at its capital prefecture’s interior point, not its own label point', () => {
    const zhejiang = places.get('330000', 'province');
    expect(zhejiang?.anchor).toEqual([119.5, 29.9]); // 杭州市 point
    expect(places.get('510000', 'province')?.anchor).toEqual([104.0, 30.7]); // 成都市 point
  });

  it('anchors a prefecture and a county at their own points', () => {
    expect(places.get('530600', 'prefecture')?.anchor).toEqual([103.6, 27.5]);
    expect(places.get('530621', 'county')?.anchor).toEqual([103.5, 27.2]);
  });

  it('resolves a countyless city (东莞) both as prefecture and as its single county', () => {
    expect(places.get('441900', 'prefecture')?.province).toBe('440000');
    expect(places.countiesIn('441900', 'prefecture').map((c) => c.adcode)).toEqual(['441900']);
  });
});

describe('buildPartnershipArcs', () => {
  const { arcs, unresolved } = buildPartnershipArcs({ pairs, flows, places, structure: 2016 });

  it('builds the pairing arcs of one structure and reports the ones it cannot place', () => {
    const ids = arcs.filter((a) => a.level !== 'county').map((a) => a.id);
    expect(ids.sort()).toEqual([
      '2016-120000-620000',
      '2016-330000-510000',
      '2016-370200-621200',
      '2016-440000-513300',
      '2016-441900-530600',
      '2016-442000-530600',
    ]);
    expect(unresolved).toContain('2016-110000-150000'); // not in the mini fixture
  });

  it('adds county arcs with their eastern province and parent pairing', () => {
    const county = arcs.filter((a) => a.level === 'county');
    expect(county.length).toBeGreaterThan(0);
    const first = county.find((a) => a.pairId === '2016-442000-530600');
    expect(first?.eastProvince).toBe('440000');
    expect(first?.eastPartner).toBe('442000');
    expect(first?.eastPoint).toEqual([113.4, 22.5]);
  });

  it('filters by level', () => {
    const only = buildPartnershipArcs({ pairs, flows, places, structure: 2016, filter: { levels: ['province'] } });
    expect(only.arcs.map((a) => a.id).sort()).toEqual(['2016-120000-620000', '2016-330000-510000']);
    const noCounties = buildPartnershipArcs({ pairs, flows, places, structure: 2016, filter: { levels: ['province', 'prefecture'] } });
    expect(noCounties.arcs.every((a) => a.level !== 'county')).toBe(true);
  });

  it('filters by eastern partner: a province matches its cities’ pairings too, a city only its own', () => {
    const guangdong = buildPartnershipArcs({ pairs, flows, places, structure: 2016, filter: { east: ['440000'] } });
    expect(guangdong.arcs.length).toBeGreaterThan(0);
    expect(guangdong.arcs.every((a) => a.eastProvince === '440000')).toBe(true);
    expect(new Set(guangdong.arcs.map((a) => a.pairId)).size).toBe(3);
    const zhongshan = buildPartnershipArcs({ pairs, flows, places, structure: 2016, filter: { east: ['442000'] } });
    expect(new Set(zhongshan.arcs.map((a) => a.pairId))).toEqual(new Set(['2016-442000-530600']));
  });

  it('filters by western province', () => {
    const yunnan = buildPartnershipArcs({ pairs, flows, places, structure: 2016, filter: { westProvinces: ['530000'] } });
    expect(yunnan.arcs.length).toBeGreaterThan(0);
    expect(yunnan.arcs.every((a) => a.westProvince === '530000')).toBe(true);
  });

  it('filters by a western prefecture paired on its own', () => {
    const zhaotong = buildPartnershipArcs({ pairs, flows, places, structure: 2016, filter: { westProvinces: ['530600'] } });
    expect(new Set(zhaotong.arcs.map((a) => a.pairId))).toEqual(new Set(['2016-441900-530600', '2016-442000-530600'])); // 东莞 and 中山
  });

  it('switches structure', () => {
    const built = buildPartnershipArcs({ pairs, flows: null, places, structure: 2021 });
    expect(built.arcs.map((a) => a.id).sort()).toEqual(['2021-120000-620000', '2021-330000-510000', '2021-370000-620000']);
  });
});

describe('flow direction', () => {
  const { arcs } = buildPartnershipArcs({ pairs, flows, places, structure: 2016, filter: { east: ['330000'], levels: ['province'] } });
  const arc = arcs[0];
  if (!arc) throw new Error('fixture lost the 浙江→四川 arc');

  it('starts east → west measures at the eastern end', () => {
    expect(arcSourcePoint(arc, 'east_to_west')).toEqual(arc.eastPoint);
    expect(arcTargetPoint(arc, 'east_to_west')).toEqual(arc.westPoint);
  });

  it('starts labour (west → east) at the western end', () => {
    const labour = registry.measures.find((m) => m.id === 'labour_placed');
    expect(labour?.direction).toBe('west_to_east');
    expect(arcSourcePoint(arc, 'west_to_east')).toEqual(arc.westPoint);
    expect(arcTargetPoint(arc, 'west_to_east')).toEqual(arc.eastPoint);
  });
});

describe('values and highlight', () => {
  const { arcs } = buildPartnershipArcs({ pairs, flows, places, structure: 2016 });
  const read = createArcValueReader(flows);

  it('reads pairing and county arc values from the flows', () => {
    const pairArc = arcs.find((a) => a.id === '2016-330000-510000');
    expect(pairArc && read(pairArc, 'fiscal_aid', 2018)).toBe(pairFlowValue(flows, '2016-330000-510000', 'fiscal_aid', 2018));
    const countyArc = arcs.find((a) => a.level === 'county');
    expect(countyArc && read(countyArc, 'labour_placed', 2019)).toBeGreaterThan(0);
    expect(countyArc && read(countyArc, 'investment', 2019)).toBeNull(); // not a county measure
    expect(pairArc && read(pairArc, 'fiscal_aid', 2023)).toBeNull(); // 2016 structure ended in 2020
  });

  it('finds the maximum over years for a width scale that holds across years', () => {
    const max = maxArcValue(arcs, read, 'fiscal_aid', [2017, 2018, 2019, 2020]);
    expect(max).toBe(Math.max(...arcs.flatMap((a) => [2017, 2018, 2019, 2020].map((y) => read(a, 'fiscal_aid', y) ?? 0))));
    expect(maxArcValue(arcs, read, 'fiscal_aid', [2030])).toBe(0);
  });

  it('lights up everything an eastern province supports', () => {
    const guangdong = arcsOfEastProvince(arcs, '440000');
    expect(guangdong.length).toBeGreaterThan(3);
    expect(arcs.filter((a) => isArcOfEastProvince(a, '440000'))).toEqual(guangdong);
    expect(arcs.some((a) => isArcOfEastProvince(a, null))).toBe(false);
  });
});

describe('with the shipped boundaries and sample flows', () => {
  const real = readJson('public/geo/counties.json') as CountyIndexJson;
  const realPlaces = createPartnershipPlaces(real);
  const shipped = parsePartnershipFlows(readJson('public/data/sample/partnership-flows.json'));
  const inBox = ([x, y]: [number, number], [w, s, e, n]: [number, number, number, number]) =>
    x >= w && x <= e && y >= s && y <= n;

  it('places every arc of both structures, thousands of county arcs included', () => {
    for (const structure of [2016, 2021] as const) {
      const built = buildPartnershipArcs({ pairs, flows: shipped, places: realPlaces, structure });
      expect(built.unresolved).toEqual([]);
      expect(built.arcs.filter((a) => a.level === 'county').length).toBeGreaterThan(700);
    }
  });

  it('ends every arc inside its province’s box, a province at its capital (甘肃 at 兰州, not its far-west label)', () => {
    const boxes = new Map(real.provinces.map((p) => [p.adcode, p.bbox]));
    const { arcs } = buildPartnershipArcs({ pairs, flows: shipped, places: realPlaces, structure: 2021 });
    for (const a of arcs) {
      expect(inBox(a.eastPoint, boxes.get(a.eastProvince) ?? [0, 0, 0, 0]), a.id).toBe(true);
      expect(inBox(a.westPoint, boxes.get(a.westProvince) ?? [0, 0, 0, 0]), a.id).toBe(true);
    }
    const lanzhou = real.prefectures.find((p) => p.adcode === '620100');
    expect(arcs.find((a) => a.id === '2021-120000-620000')?.westPoint).toEqual(lanzhou?.point);
  });
});
