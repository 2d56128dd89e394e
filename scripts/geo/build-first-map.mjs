#!/usr/bin/env node
/**
 * Builds public/geo/counties-lo.bin, the first map's geometry in one compact binary (src/data/geometry-binary.ts):
 * the coarse TopoJSON's counties triangulated and its base-map meshes cut, exactly as the app's geometry worker
 * would, in the order of public/geo/counties.json. Deterministic: the same inputs give the same bytes.
 *
 *   node scripts/geo/build-first-map.mjs [--check]     (--check: exit 1 if the committed file is out of date)
 *
 * Run it after `npm run build:geo` (which rewrites the TopoJSON and the index); `npm run build` runs it too.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { buildFirstMapBinary } = await tsImport('../../src/data/first-map-build.ts', import.meta.url);
const index = JSON.parse(readFileSync(resolve(root, 'public/geo/counties.json'), 'utf8'));
const topology = JSON.parse(readFileSync(resolve(root, 'public/geo/counties-lo.topo.json'), 'utf8'));
const bytes = buildFirstMapBinary(topology, index);
const out = resolve(root, 'public/geo/counties-lo.bin');
if (process.argv.includes('--check')) {
  const same = existsSync(out) && Buffer.compare(readFileSync(out), Buffer.from(bytes)) === 0;
  console.error(same ? 'counties-lo.bin is up to date' : 'counties-lo.bin is out of date: run node scripts/geo/build-first-map.mjs');
  process.exit(same ? 0 : 1);
}
const previous = existsSync(out) ? readFileSync(out) : null;
if (!previous || Buffer.compare(previous, Buffer.from(bytes)) !== 0) writeFileSync(out, bytes);
console.error(`public/geo/counties-lo.bin: ${(bytes.length / 1024).toFixed(0)} KB, gzip ${(gzipSync(bytes, { level: 6 }).length / 1024).toFixed(0)} KB${previous && Buffer.compare(previous, Buffer.from(bytes)) === 0 ? ' (unchanged)' : ''}`);
