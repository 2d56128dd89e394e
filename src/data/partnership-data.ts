/**
 * Loads the partnership data once: the pairings (facts), the measure registry and the sample flows, parsed and
 * indexed into one immutable bundle. Fetching is injectable so Node tests read the shipped files directly.
 */
import { parsePairings, type Pairing, type PairingsJson } from '../model/partnership/pairings';
import { parseMeasureRegistry, type MeasureRegistry } from '../model/partnership/measures';
import { parsePartnershipFlows, type IndexedPartnershipFlows } from '../model/partnership/flows';
import { createArcValueReader, type ArcValueReader } from '../model/partnership/arcs';
import type { FetchJson } from './dataset-loader';

/** The three files, relative to the app's public root. */
export const PARTNERSHIP_FILES = {
  pairings: 'data/partnerships/pairings.json',
  measures: 'data/partnerships/measures.json',
  flows: 'data/sample/partnership-flows.json',
} as const;

/** Everything the partnership feature reads, parsed and indexed once. */
export interface PartnershipBundle {
  pairings: PairingsJson;
  pairById: ReadonlyMap<string, Pairing>;
  /** The registry of measures.json (the picker's source of names and units). */
  registry: MeasureRegistry;
  flows: IndexedPartnershipFlows;
  /** The one value reader of these flows, so layer update triggers stay stable. */
  readValue: ArcValueReader;
  /** Flow measures that measures.json does not list (reported, not hidden). */
  unknownMeasures: string[];
}

/** Builds the bundle from the three parsed-JSON values; throws with the offending file and path. */
export function createPartnershipBundle(pairingsJson: unknown, measuresJson: unknown, flowsJson: unknown): PartnershipBundle {
  const pairings = parsePairings(pairingsJson, PARTNERSHIP_FILES.pairings);
  const registry = parseMeasureRegistry(measuresJson, PARTNERSHIP_FILES.measures);
  const flows = parsePartnershipFlows(flowsJson, PARTNERSHIP_FILES.flows);
  const known = new Set(registry.measures.map((m) => m.id));
  const unknownMeasures = flows.measures.map((m) => m.id).filter((id) => !known.has(id));
  return {
    pairings,
    pairById: new Map(pairings.pairs.map((p) => [p.id, p])),
    registry,
    flows,
    readValue: createArcValueReader(flows),
    unknownMeasures,
  };
}

/** Fetches the three files (in parallel) under `baseUrl` and builds the bundle. */
export async function loadPartnershipBundle(fetchJson: FetchJson, baseUrl: (path: string) => string): Promise<PartnershipBundle> {
  const [pairings, measures, flows] = await Promise.all([
    fetchJson(baseUrl(PARTNERSHIP_FILES.pairings)),
    fetchJson(baseUrl(PARTNERSHIP_FILES.measures)),
    fetchJson(baseUrl(PARTNERSHIP_FILES.flows)),
  ]);
  return createPartnershipBundle(pairings, measures, flows);
}
