/**
 * Where matching flows are drawn: names and anchor points of places (from counties.json), and the arcs of a plan,
 * one per origin and destination.
 */
import type { CountyIndexJson, LngLat } from '../geo/county';
import { placeName } from '../geo/place-name';
import type { PlaceNameMode } from '../view/view-state';
import type { IndustryFlow } from './industry-plan';
import { packedPeople, type PackedLabourFlows } from './packed-flows';

/** Names and anchor points of places, from counties.json. */
export interface PlaceNamer {
  name(adcode: string): string;
  point(adcode: string): LngLat | null;
}

/** Builds the namer for a language and place-name mode. */
export function createPlaceNamer(index: Pick<CountyIndexJson, 'counties' | 'prefectures' | 'provinces'>, mode: PlaceNameMode): PlaceNamer {
  const all = new Map<string, { name: string; pinyin: string; adcode: string; point: LngLat }>();
  for (const p of index.provinces) all.set(p.adcode, p);
  for (const p of index.prefectures) all.set(p.adcode, p);
  for (const c of index.counties) all.set(c.adcode, c);
  return {
    name: (a) => {
      const p = all.get(a);
      return p ? placeName(p, mode) : a;
    },
    point: (a) => all.get(a)?.point ?? null,
  };
}

/** One arc of a plan on the map: people (or jobs) from a source point to a target point. */
export interface MatchingArc {
  source: LngLat;
  target: LngLat;
  value: number;
  partner: boolean;
}

/**
 * The arcs of a plan, one per (origin, destination) summed over skills and groups: west → east (and to the capital)
 * for labour, east → west for enterprises. Local placements stay in the county and draw no arc.
 */
export function planArcs(r: { kind: 'labour'; plan: { flows: PackedLabourFlows } } | { kind: 'industry'; plan: { flows: readonly IndustryFlow[] } }, namer: PlaceNamer): MatchingArc[] {
  const sum = new Map<string, MatchingArc>();
  const add = (from: string, to: string, value: number, partner: boolean): void => {
    const key = `${from}>${to}`;
    const known = sum.get(key);
    if (known) {
      known.value += value;
      known.partner ||= partner;
      return;
    }
    const source = namer.point(from);
    const target = namer.point(to);
    if (source && target) sum.set(key, { source, target, value, partner });
  };
  if (r.kind === 'labour') {
    const p = r.plan.flows;
    const localKind = p.strings.indexOf('local');
    for (let i = 0; i < p.count; i++) {
      if (p.destKind[i] === localKind) continue;
      add(p.strings[p.county[i]!]!, p.strings[p.dest[i]!]!, packedPeople(p, i), p.pairing[i]! >= 0);
    }
  } else {
    for (const f of r.plan.flows) add(f.city, f.county, f.jobs, f.pairing !== null);
  }
  return [...sum.values()];
}
