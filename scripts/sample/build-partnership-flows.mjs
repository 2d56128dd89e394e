#!/usr/bin/env node
// Builds the SAMPLE east–west partnership flows (public/data/sample/partnership-flows.json): synthetic, seeded and
// deterministic figures per pairing and year, plus county-to-county pairs (携手奔小康) with their own figures.
// The pairings themselves are facts (public/data/partnerships/pairings.json); only the numbers here are invented.
//
// Usage: node scripts/sample/build-partnership-flows.mjs [--counties public/geo/counties.json] [--out FILE|DIR] [--seed N]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { hash, rng } from './seeded-random.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_SEED = 20161207;
/** Years with figures per structure: the 2016 structure ran 2017–2020, the 2021 one from 2021 on. */
const YEARS = { 2016: [2017, 2018, 2019, 2020], 2021: [2021, 2022, 2023, 2024, 2025] };
/** Measures that county pairs carry; their values are a share of the parent pairing's total. */
const COUNTY_MEASURES = ['fiscal_aid', 'technical_staff', 'labour_placed', 'consumption_sales'];
/** Share of a pairing's total that is booked on its county pairs (the rest goes to province/city projects). */
const COUNTY_SHARE = { fiscal_aid: 0.55, technical_staff: 0.6, labour_placed: 0.7, consumption_sales: 0.5 };
/** Relative weight of eastern provinces (bigger economies give more). */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
const EAST_WEIGHT = { 440000: 1.5, 320000: 1.35, 330000: 1.3, 370000: 1.15, 310000: 1.2, 110000: 1.1, 350000: 0.95, 120000: 0.85, 210000: 0.7 };

// `npm run build:sample -- ARGS` hands ARGS to this script too (it runs last), so it accepts build-sample.mjs's
// options: --counties (alias of --geo) and --out as a folder (the file is then written inside it).
function args(argv) {
  const out = { geo: 'public/geo/counties.json', out: 'public/data/sample/partnership-flows.json', seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (key === 'geo' || key === 'counties') out.geo = value;
    else if (key === 'out') out.out = value.endsWith('.json') ? value : join(value, 'partnership-flows.json');
    else if (key === 'seed') out.seed = Number(value);
    else console.warn(`build-partnership-flows: ignoring option ${argv[i]}`);
  }
  return out;
}

const round = (v, digits = 0) => Number(v.toFixed(digits));

/** Counties of a place (a prefecture-level city without counties is its own single county). */
function makeGeo(index) {
  const byPref = new Map();
  const byProv = new Map();
  const sorted = [...index.counties].sort((a, b) => a.adcode.localeCompare(b.adcode));
  for (const c of sorted) {
    byPref.set(c.prefecture, [...(byPref.get(c.prefecture) ?? []), c]);
    byProv.set(c.province, [...(byProv.get(c.province) ?? []), c]);
  }
  const prefs = new Map(index.prefectures.map((p) => [p.adcode, p]));
  const provs = new Map(index.provinces.map((p) => [p.adcode, p]));
  return {
    counties: (end) => (end.level === 'province' ? byProv.get(end.adcode) : byPref.get(end.adcode)) ?? [],
    capitalOf: (provinceAdcode) => provs.get(provinceAdcode)?.capital,
    provinceOf: (end) => (end.level === 'province' ? end.adcode : prefs.get(end.adcode)?.province),
  };
}

/** Per-year figures of one pairing, given the size of its western side; continuous across structures. */
function pairSeries(pair, westCountyCount, seed) {
  const r = rng(hash(`${seed}|${pair.east.adcode}>${pair.west.adcode}`));
  const eastProvince = pair.east.level === 'province' ? pair.east.adcode : `${pair.east.adcode.slice(0, 2)}0000`;
  const size = Math.sqrt(Math.max(westCountyCount, 1) / 8) * (EAST_WEIGHT[eastProvince] ?? 1) * (0.8 + 0.4 * r());
  const base = {
    leader_visits: 6 * size, cadres_to_west: 40 * size, cadres_to_east: 90 * size, teachers: 220 * size,
    doctors: 160 * size, agronomists: 70 * size, fiscal_aid: 9000 * size, social_donations: 2600 * size,
    enterprises_invested: 14 * size, investment: 9 * size, industrial_parks: 2 * size,
    consumption_sales: 15000 * size, labour_placed: 6000 * size,
  };
  const years = YEARS[pair.structure];
  const values = Object.fromEntries(Object.keys(base).map((m) => [m, []]));
  let parks = base.industrial_parks;
  for (const year of years) {
    // Ramp-up to the 2020 deadline, then steadier growth in the consolidation years.
    const growth = year <= 2020 ? 1.32 ** (year - 2017) : 1.32 ** 3 * 1.06 ** (year - 2020);
    for (const [m, v] of Object.entries(base)) {
      if (m === 'industrial_parks') continue;
      const noise = 0.85 + 0.3 * r();
      const digits = m === 'investment' ? 1 : 0;
      values[m].push(round(v * growth * noise, digits));
    }
    parks += r() * base.industrial_parks * 0.8; // a stock: never shrinks
    values.industrial_parks.push(Math.max(1, Math.round(parks)));
  }
  const i = (m, k) => values[m][k];
  values.technical_staff = years.map((_, k) => i('teachers', k) + i('doctors', k) + i('agronomists', k));
  return { years, values };
}

/** Assigns each western county of a pairing an eastern county, deterministically. */
function countyPairsOf(pair, westCounties, eastCounties, seed) {
  const r = rng(hash(`${seed}|counties|${pair.id}`));
  const east = [...eastCounties];
  for (let i = east.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [east[i], east[j]] = [east[j], east[i]];
  }
  return westCounties.map((w, i) => ({ east: east[i % east.length].adcode, west: w.adcode, weight: 0.5 + r() }));
}

/** Western and eastern counties of each pairing of a structure, leaving out places paired on their own. */
function countySides(pairs, geo) {
  const westPrefsPaired = new Set(pairs.filter((p) => p.west.level === 'prefecture').map((p) => p.west.adcode));
  const eastPrefsPaired = new Set(pairs.filter((p) => p.east.level === 'prefecture').map((p) => p.east.adcode));
  const sharers = new Map(); // western prefecture → pairings that share it (中山 and 东莞 → 昭通)
  for (const p of pairs) sharers.set(p.west.adcode, [...(sharers.get(p.west.adcode) ?? []), p.id]);
  return pairs.map((pair) => {
    let west = geo.counties(pair.west);
    if (pair.west.level === 'province') {
      const capital = geo.capitalOf(pair.west.adcode);
      const municipality = MUNICIPALITIES.has(pair.west.adcode);
      // City pairings take their own counties; a provincial capital's urban districts are not paired.
      west = west.filter(
        (c) => !westPrefsPaired.has(c.prefecture) && (municipality || c.prefecture !== capital || !c.name.endsWith('区')),
      );
    }
    const share = sharers.get(pair.west.adcode) ?? [pair.id];
    if (share.length > 1) {
      // Two eastern partners of one western place split it: whole prefectures for a province (甘肃 in 2021),
      // alternate counties for a prefecture (昭通 between 中山 and 东莞).
      const slot = share.indexOf(pair.id);
      const prefs = [...new Set(west.map((c) => c.prefecture))];
      west = pair.west.level === 'province'
        ? west.filter((c) => prefs.indexOf(c.prefecture) % share.length === slot)
        : west.filter((_, i) => i % share.length === slot);
    }
    let east = geo.counties(pair.east);
    if (pair.east.level === 'province') {
      const rest = east.filter((c) => !eastPrefsPaired.has(c.prefecture));
      if (rest.length > 0) east = rest;
    }
    return { pair, west, east };
  });
}

/** Builds the whole flows object (pure apart from its inputs). */
export function buildPartnershipFlows({ pairings, registry, counties, seed = DEFAULT_SEED }) {
  const geo = makeGeo(counties);
  const pairFlows = [];
  const countyPairs = [];
  const missing = [];
  for (const structure of [2016, 2021]) {
    const pairs = pairings.pairs.filter((p) => p.structure === structure);
    const years = YEARS[structure];
    const set = { structure, years, pair: [], east: [], west: [], values: {} };
    const weights = [];
    const pairIndex = new Map();
    for (const { pair, west, east } of countySides(pairs, geo)) {
      if (west.length === 0 || east.length === 0) missing.push(pair.id);
      const series = pairSeries(pair, west.length, seed);
      const links = west.length > 0 && east.length > 0 ? countyPairsOf(pair, west, east, seed) : [];
      pairIndex.set(pair.id, { series, rows: [] });
      for (const l of links) {
        pairIndex.get(pair.id).rows.push(set.pair.length);
        set.pair.push(pair.id);
        set.east.push(l.east);
        set.west.push(l.west);
        weights.push(l.weight);
      }
      series.values.county_pairs = years.map(() => links.length);
      pairFlows.push({ pair: pair.id, ...series });
    }
    for (const m of COUNTY_MEASURES) {
      set.values[m] = years.map((_, k) => {
        const row = new Array(set.pair.length).fill(null);
        for (const { series, rows } of pairIndex.values()) {
          const total = series.values[m][k] * COUNTY_SHARE[m];
          const sum = rows.reduce((s, i) => s + weights[i], 0);
          for (const i of rows) row[i] = Math.floor((total * weights[i]) / sum);
        }
        return row;
      });
    }
    for (const { series, rows } of pairIndex.values()) {
      series.values.county_pair_funds = years.map((_, k) => rows.reduce((s, i) => s + set.values.fiscal_aid[k][i], 0));
    }
    countyPairs.push(set);
  }
  return {
    flows: {
      schema: 1,
      sample: true,
      name: { zh: '东西部协作流量（示例数据）', en: 'East–west partnership flows (sample data)' },
      provenance: {
        source: 'Seeded synthetic sample (scripts/sample/build-partnership-flows.mjs); pairings are real, figures are not',
        license: 'Synthetic, no restrictions',
        createdAt: '2025-01-01T00:00:00.000Z',
        generator: { script: 'scripts/sample/build-partnership-flows.mjs', seed },
        note: '示例数据：结对关系为真实政策，金额与人数为随机生成。Sample: the pairings are real policy; all figures are invented.',
      },
      geoVintage: counties.vintage ?? '2016',
      dimensions: registry.dimensions,
      measures: registry.measures,
      pairFlows,
      countyPairs,
    },
    missing,
  };
}

function main() {
  const opts = args(process.argv.slice(2));
  const read = (p) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8'));
  const { flows, missing } = buildPartnershipFlows({
    pairings: read('public/data/partnerships/pairings.json'),
    registry: read('public/data/partnerships/measures.json'),
    counties: read(opts.geo),
    seed: opts.seed,
  });
  const outPath = resolve(ROOT, opts.out);
  mkdirSync(dirname(outPath), { recursive: true });
  const text = `${JSON.stringify(flows)}\n`;
  writeFileSync(outPath, text);
  const n = flows.countyPairs.map((s) => `${s.structure}: ${s.pair.length}`).join(', ');
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`partnership flows: ${flows.pairFlows.length} pairings, county pairs ${n} → ${opts.out}`);
  console.log(`  ${kb(Buffer.byteLength(text))}, ${kb(gzipSync(text, { level: 9 }).length)} gzip`);
  if (missing.length > 0) console.warn(`pairings without counties on one side: ${missing.join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
