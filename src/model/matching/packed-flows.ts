/**
 * Labour flows in columns (typed arrays plus one string table) so a plan of tens of thousands of flows crosses from
 * the solver worker to the page by transfer, not by cloning objects, and the page builds a row object only for
 * the rows it shows. `unpackLabourFlow(pack(flows), i)` equals `flows[i]`.
 */
import type { BindingConstraint, LabourFlow } from './labour-explain';
import type { DestinationKind } from './labour-problem';
import type { SkillId, SupplyGroup } from './skills';

/** The columns of a list of labour flows. */
export interface PackedLabourFlows {
  count: number;
  strings: string[];
  skill: Int32Array;
  county: Int32Array;
  group: Int32Array;
  destKind: Int32Array;
  dest: Int32Array;
  /** −1 for no pairing. */
  pairing: Int32Array;
  runnerKind: Int32Array;
  /** −1 for no runner-up. */
  runnerDest: Int32Array;
  /** Bits: 1 supply, 2 vacancies, 4 willingness. */
  binding: Uint8Array;
  numbers: Float64Array;
}

/** Numeric fields in the order of `numbers` (row-major, NUMBER_FIELDS.length per flow). */
const NUMBER_FIELDS = ['people', 'distanceKm', 'wage', 'travel', 'housing', 'training', 'partner', 'total', 'runnerUtility', 'runnerRc', 'supplyShadow', 'vacancyShadow', 'trainedShadow'] as const;
const N = NUMBER_FIELDS.length;
const FIELD_AT = Object.fromEntries(NUMBER_FIELDS.map((f, k) => [f, k])) as Record<(typeof NUMBER_FIELDS)[number], number>;
const BINDINGS: BindingConstraint[] = ['supply', 'vacancies', 'willingness'];

/** Packs flows into columns. */
export function packLabourFlows(flows: readonly LabourFlow[]): PackedLabourFlows {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const id = (s: string): number => {
    let i = at.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      at.set(s, i);
    }
    return i;
  };
  const n = flows.length;
  const out: PackedLabourFlows = {
    count: n, strings,
    skill: new Int32Array(n), county: new Int32Array(n), group: new Int32Array(n), destKind: new Int32Array(n), dest: new Int32Array(n),
    pairing: new Int32Array(n), runnerKind: new Int32Array(n), runnerDest: new Int32Array(n), binding: new Uint8Array(n), numbers: new Float64Array(n * N),
  };
  flows.forEach((f, i) => {
    out.skill[i] = id(f.skill);
    out.county[i] = id(f.county);
    out.group[i] = id(f.group);
    out.destKind[i] = id(f.destKind);
    out.dest[i] = id(f.dest);
    out.pairing[i] = f.pairing === null ? -1 : id(f.pairing);
    out.runnerKind[i] = f.runnerUp ? id(f.runnerUp.destKind) : -1;
    out.runnerDest[i] = f.runnerUp ? id(f.runnerUp.dest) : -1;
    out.binding[i] = BINDINGS.reduce((bits, b, k) => (f.binding.includes(b) ? bits | (1 << k) : bits), 0);
    const u = f.utility;
    const values = [f.people, f.distanceKm, u.wage, u.travel, u.housing, u.training, u.partner, u.total, f.runnerUp?.utility ?? NaN, f.runnerUp?.reducedCost ?? NaN, f.supplyShadow, f.vacancyShadow, f.trainedShadow ?? NaN];
    out.numbers.set(values, i * N);
  });
  return out;
}

/** The buffers to transfer with a pack. */
export function packedTransferables(p: PackedLabourFlows): ArrayBuffer[] {
  return [p.skill, p.county, p.group, p.destKind, p.dest, p.pairing, p.runnerKind, p.runnerDest, p.binding, p.numbers].map((a) => a.buffer as ArrayBuffer);
}

/** Flow `i` of a pack as an object. */
export function unpackLabourFlow(p: PackedLabourFlows, i: number): LabourFlow {
  const s = (k: number): string => p.strings[k] ?? '';
  const num = (f: (typeof NUMBER_FIELDS)[number]): number => p.numbers[i * N + FIELD_AT[f]]!;
  const runner = p.runnerDest[i]!;
  const trained = num('trainedShadow');
  return {
    skill: s(p.skill[i]!) as SkillId,
    county: s(p.county[i]!),
    group: s(p.group[i]!) as SupplyGroup,
    destKind: s(p.destKind[i]!) as DestinationKind,
    dest: s(p.dest[i]!),
    people: num('people'),
    distanceKm: num('distanceKm'),
    pairing: p.pairing[i]! < 0 ? null : s(p.pairing[i]!),
    utility: { wage: num('wage'), travel: num('travel'), housing: num('housing'), training: num('training'), partner: num('partner'), total: num('total') },
    binding: BINDINGS.filter((_, k) => (p.binding[i]! & (1 << k)) !== 0),
    runnerUp: runner < 0 ? null : { destKind: s(p.runnerKind[i]!) as DestinationKind, dest: s(runner), utility: num('runnerUtility'), reducedCost: num('runnerRc') },
    supplyShadow: num('supplyShadow'),
    vacancyShadow: num('vacancyShadow'),
    trainedShadow: Number.isNaN(trained) ? null : trained,
  };
}

/** People of flow `i` (for sums and arc widths without unpacking). */
export function packedPeople(p: PackedLabourFlows, i: number): number {
  return p.numbers[i * N]!;
}
