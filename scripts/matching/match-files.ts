/**
 * The public/ files the command-line matching reads (the same the browser worker fetches), parsed: one place for
 * the CLI, the bench and the solver threads.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCountyIndex, type CountyIndexJson } from '../../src/model/geo/county';
import { parsePairings, type Pairing, type PartnershipStructure } from '../../src/model/partnership/pairings';
import { parseLabourData, type LabourData } from '../../src/model/matching/matching-data';
import { createMatchingGeo } from '../../src/model/matching/matching-geo';
import { createPartnerLinks } from '../../src/model/matching/partner-links';
import type { LabourInputs } from '../../src/model/matching/labour-plan';

/** The boundary index, the pairings and the labour data. */
export interface MatchingFiles {
  index: CountyIndexJson;
  pairs: Pairing[];
  labour: LabourData;
}

const readJson = (root: string, path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

/** Reads and parses the files under `root`/public. */
export function readMatchingFiles(root: string): MatchingFiles {
  return {
    index: parseCountyIndex(readJson(root, 'public/geo/counties.json')),
    pairs: parsePairings(readJson(root, 'public/data/partnerships/pairings.json')).pairs,
    labour: parseLabourData(readJson(root, 'public/data/matching/labour.json')),
  };
}

/** The inputs of a labour plan for one partnership structure. */
export function labourInputsOf(files: MatchingFiles, structure: PartnershipStructure): LabourInputs {
  return { data: files.labour, geo: createMatchingGeo(files.index), links: createPartnerLinks(files.pairs, files.index, structure), pairs: files.pairs };
}

/** Reads a file under `root` as JSON. */
export function readRootJson(root: string, path: string): unknown {
  return readJson(root, path);
}
