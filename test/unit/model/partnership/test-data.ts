// Shared loaders for the partnership tests: the real pairings and registry, the hand-made geo fixture.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CountyIndexJson } from '../../../../src/model/geo/county';

const ROOT = resolve(__dirname, '../../../..');

/** Reads a JSON file relative to the repository root. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
}

/** Whether a file exists relative to the repository root. */
export function exists(path: string): boolean {
  return existsSync(resolve(ROOT, path));
}

/** The small counties.json-shaped fixture with real names and adcodes for a few partnership places. */
export function miniCounties(): CountyIndexJson {
  return readJson('test/fixtures/partnership/counties-mini.json') as CountyIndexJson;
}
