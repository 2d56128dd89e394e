// Types for build-partnership-flows.mjs, so unit tests can call its pure builder under strict TypeScript.
import type { CountyIndexJson } from '../../src/model/geo/county';
import type { PairingsJson } from '../../src/model/partnership/pairings';
import type { PartnershipFlows } from '../../src/model/partnership/flows';
import type { MeasureRegistry } from '../../src/model/partnership/measures';

/** Builds the sample flows object; `missing` lists pairings that had no counties on one side. */
export declare function buildPartnershipFlows(input: {
  pairings: PairingsJson;
  registry: MeasureRegistry;
  counties: CountyIndexJson;
  seed?: number;
}): { flows: PartnershipFlows; missing: string[] };
