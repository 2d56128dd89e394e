#!/usr/bin/env node
// Builds the SAMPLE labour and industry matching data (public/data/matching/): seeded, deterministic, synthetic.
// Labour supply per western county × skill × trained/untrained × willingness to move, vacancies per eastern city
// (every prefecture of the eastern partner provinces, Beijing, Tianjin, Shanghai) and skill, local and in-province
// demand in the west (帮扶车间 and 公益岗位 in the county, jobs in the provincial capital), eastern enterprises
// seeking to expand west and western counties' endowments. Shapes follow the seeded sample dataset
// (public/data/sample: rural population, poverty incidence, expressway minutes), so more surplus labour sits where
// incidence was high. Nothing here is an official statistic: every file says 示例数据 / sample.
//
// Usage: node scripts/sample/build-matching.mjs [--seed N] [--matching-out DIR]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { hash, rng } from './seeded-random.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_SEED = 20211015;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const SEED = Number(option('seed', DEFAULT_SEED));
// Not --out: `npm run build:sample -- --out DIR` hands its options to every sample script, and DIR is the sample's.
const OUT = resolve(ROOT, option('matching-out', 'public/data/matching'));

/** The six skill groups of the labour model (ids as in src/model/matching/skills.ts). */
const SKILLS = ['construction', 'manufacturing', 'services', 'care', 'agri_processing', 'ecommerce_logistics'];
/** Share of a county's surplus labour in each skill group. */
const SKILL_SHARE = { construction: 0.24, manufacturing: 0.22, services: 0.2, care: 0.09, agri_processing: 0.15, ecommerce_logistics: 0.1 };
/** Monthly base wage (yuan) of a skill group in an eastern city of average tier. */
const EAST_WAGE = { construction: 6200, manufacturing: 5400, services: 4700, care: 5000, agri_processing: 4500, ecommerce_logistics: 5600 };
/** Sectors of the industry model, with the skill group their jobs need. */
const SECTORS = ['agriculture', 'minerals', 'tourism', 'textiles', 'electronics', 'food_processing'];
const WEST = ['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'];
/** Eastern partner provinces of the pairings (besides the three municipalities, whose city is the whole). */
const EAST_PROVINCES = ['21', '32', '33', '35', '37', '44'];
const MUNICIPALITY_CITIES = ['110100', '120100', '310100'];
/** Cities that pay more (tier-one and large coastal cities). */
const WAGE_TIER = { 110100: 1.25, 310100: 1.28, 440300: 1.3, 440100: 1.2, 330100: 1.15, 320500: 1.15, 320100: 1.1, 330200: 1.1, 120100: 1.08, 441900: 1.1, 370200: 1.05, 350200: 1.08, 440600: 1.08, 210200: 1.02 };
/** Relative size of eastern provinces' job markets. */
const EAST_SIZE = { 44: 1.6, 32: 1.35, 33: 1.3, 37: 1.1, 35: 0.9, 21: 0.7, 11: 2.2, 12: 1.4, 31: 2.4 };
/** Places in boundary sets that are no labour market (islands without population). */
const NOT_A_MARKET = new Set(['442100']);

const stream = (key) => rng(hash(`${SEED}|${key}`));
const round10 = (v) => Math.max(0, Math.round(v / 10) * 10);

function readJson(path) {
  try {
    return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
  } catch (err) {
    console.error(`Cannot read ${path} (run npm run build:geo and npm run build:sample first): ${err.message}`);
    process.exit(1);
  }
}

const index = readJson('public/geo/counties.json');
const sampleManifest = readJson('public/data/sample/manifest.json');
/** One indicator of the seeded sample dataset, as a map adcode → value in `year` (falls back to the last year). */
function sampleColumn(id, year) {
  const json = readJson(`public/data/sample/columns/${id}.json`);
  const ind = json.indicators.find((i) => i.id === id);
  const k = Math.max(0, ind.years.indexOf(year));
  const values = ind.values[k];
  return new Map(sampleManifest.counties.map((adcode, i) => [adcode, values[i]]));
}
const rural = sampleColumn('rural_population', 2020);
const incidence = sampleColumn('poverty_incidence', 2014);
const expressway = sampleColumn('expressway_minutes', 2020);

const westCounties = index.counties.filter((c) => WEST.includes(c.adcode.slice(0, 2))).sort((a, b) => a.adcode.localeCompare(b.adcode));
const eastCities = [
  ...MUNICIPALITY_CITIES,
  ...index.prefectures.filter((p) => EAST_PROVINCES.includes(p.adcode.slice(0, 2)) && !NOT_A_MARKET.has(p.adcode)).map((p) => p.adcode),
].sort();
const westProvinces = index.provinces.filter((p) => WEST.includes(p.adcode.slice(0, 2))).sort((a, b) => a.adcode.localeCompare(b.adcode));
const capitals = westProvinces.map((p) => p.capital);

// ---- labour supply: county × skill × [untrained local, province, far, trained local, province, far] ----
const supply = Object.fromEntries(SKILLS.map((s) => [s, []]));
const localDemand = Object.fromEntries(SKILLS.map((s) => [s, { vacancies: [], wage: [] }]));
const provinceWillingBySkill = new Map(); // province → skill → people willing to move within the province
for (const c of westCounties) {
  const r = stream(`supply|${c.adcode}`);
  const ruralPop = rural.get(c.adcode) ?? 80000;
  const inc = incidence.get(c.adcode) ?? 5;
  // Surplus: a share of the rural labour force (about 55% of rural people), higher where poverty was deep.
  const surplusRate = 0.025 + 0.0022 * Math.min(inc, 45) + 0.01 * r();
  const surplus = ruralPop * 0.55 * surplusRate;
  const trainedShare = 0.25 + 0.25 * r();
  // Willingness: far moves are likelier where poverty was deep (and in counties far from a capital's jobs).
  const farShare = 0.3 + 0.006 * Math.min(inc, 40) + 0.1 * r();
  const provinceShare = 0.22 + 0.1 * r();
  const localShare = Math.max(0.1, 1 - farShare - provinceShare);
  const norm = localShare + provinceShare + farShare;
  for (const s of SKILLS) {
    const people = surplus * SKILL_SHARE[s] * (0.75 + 0.5 * r());
    const groups = [];
    for (const trained of [false, true]) {
      const t = trained ? trainedShare : 1 - trainedShare;
      for (const w of [localShare, provinceShare, farShare]) groups.push(round10((people * t * w) / norm));
    }
    supply[s].push(...groups);
    // 帮扶车间 and 公益岗位 in the county: fewer jobs than the locally willing, at local wages.
    const localWilling = groups[0] + groups[3];
    localDemand[s].vacancies.push(round10(localWilling * (0.45 + 0.5 * r())));
    localDemand[s].wage.push(Math.round((1800 + 900 * r()) / 50) * 50);
    const prov = c.province;
    const bySkill = provinceWillingBySkill.get(prov) ?? new Map();
    bySkill.set(s, (bySkill.get(s) ?? 0) + groups[1] + groups[4] + 0.3 * (groups[2] + groups[5]));
    provinceWillingBySkill.set(prov, bySkill);
  }
}

// ---- in-province demand at the provincial capitals ----
const capitalDemand = Object.fromEntries(SKILLS.map((s) => [s, { vacancies: [], wage: [], housing: [], training: [] }]));
for (const p of westProvinces) {
  const r = stream(`capital|${p.adcode}`);
  for (const s of SKILLS) {
    const willing = provinceWillingBySkill.get(p.adcode)?.get(s) ?? 0;
    capitalDemand[s].vacancies.push(round10(willing * (0.55 + 0.35 * r())));
    capitalDemand[s].wage.push(Math.round((EAST_WAGE[s] * (0.62 + 0.12 * r())) / 50) * 50);
    capitalDemand[s].housing.push(r() < 0.35 ? 1 : 0);
    capitalDemand[s].training.push(r() < 0.4 ? 1 : 0);
  }
}

// ---- eastern vacancies: about 80% of the far-willing supply of each skill, shared by city size ----
const cityDemand = Object.fromEntries(SKILLS.map((s) => [s, { vacancies: [], wage: [], housing: [], training: [] }]));
const cityWeight = eastCities.map((adcode) => {
  const r = stream(`city-size|${adcode}`);
  const size = EAST_SIZE[adcode.slice(0, 2)] ?? 1;
  const perCity = MUNICIPALITY_CITIES.includes(adcode) ? size * 4 : size;
  return perCity * (0.4 + 1.2 * r()) * (WAGE_TIER[adcode] ?? 1);
});
const weightSum = cityWeight.reduce((a, b) => a + b, 0);
for (const s of SKILLS) {
  let far = 0;
  for (let i = 0; i < westCounties.length; i++) far += supply[s][i * 6 + 2] + supply[s][i * 6 + 5];
  const total = far * 0.8;
  eastCities.forEach((adcode, k) => {
    const r = stream(`city|${adcode}|${s}`);
    cityDemand[s].vacancies.push(round10((total * cityWeight[k] * (0.7 + 0.6 * r())) / weightSum));
    cityDemand[s].wage.push(Math.round((EAST_WAGE[s] * (WAGE_TIER[adcode] ?? 0.92 + 0.12 * r()) * (0.9 + 0.2 * r())) / 50) * 50);
    cityDemand[s].housing.push(r() < 0.6 ? 1 : 0);
    cityDemand[s].training.push(r() < 0.45 ? 1 : 0);
  });
}

const labour = {
  schema: 1,
  kind: 'sample',
  label: { zh: '示例数据', en: 'Sample data' },
  seed: SEED,
  skills: SKILLS,
  groups: ['untrained-local', 'untrained-province', 'untrained-far', 'trained-local', 'trained-province', 'trained-far'],
  counties: westCounties.map((c) => c.adcode),
  supply,
  localDemand,
  capitals,
  capitalDemand,
  cities: eastCities,
  cityDemand,
};

// ---- industry: western endowments and eastern enterprises ----
const endowment = Object.fromEntries(SECTORS.map((s) => [s, []]));
const parkHa = [];
const expresswayMinutes = [];
for (const c of westCounties) {
  const r = stream(`endowment|${c.adcode}`);
  const minutes = expressway.get(c.adcode) ?? 90;
  const inc = incidence.get(c.adcode) ?? 5;
  const province = c.adcode.slice(0, 2);
  // Regional character: minerals in 内蒙古/新疆/青海/陕西, tourism in 云南/西藏/四川/广西, farming everywhere.
  const mineral = ['15', '65', '63', '61', '62'].includes(province) ? 0.35 : 0;
  const tourism = ['53', '54', '51', '45', '52'].includes(province) ? 0.3 : 0;
  const access = Math.max(0, 1 - minutes / 150);
  const fit = {
    agriculture: 0.35 + 0.5 * r(),
    minerals: Math.min(1, mineral + 0.45 * r() ** 2),
    tourism: Math.min(1, tourism + 0.55 * r() ** 1.5),
    textiles: Math.min(1, 0.15 + 0.45 * access + 0.3 * r()),
    electronics: Math.min(1, 0.05 + 0.55 * access ** 2 + 0.3 * r() ** 2),
    food_processing: Math.min(1, 0.25 + 0.3 * access + 0.35 * r()),
  };
  for (const s of SECTORS) endowment[s].push(Math.round(fit[s] * 100));
  // Park land in hectares: larger where roads are good, smaller in deep-poverty mountain counties.
  parkHa.push(Math.round(20 + 180 * access * (0.5 + r()) + (inc < 10 ? 40 * r() : 0)));
  expresswayMinutes.push(minutes);
}
const enterprises = [];
const SECTOR_JOBS = { agriculture: [80, 600], minerals: [150, 900], tourism: [60, 400], textiles: [300, 2000], electronics: [400, 3000], food_processing: [120, 900] };
const SECTOR_LAND = { agriculture: [5, 40], minerals: [20, 120], tourism: [3, 30], textiles: [8, 45], electronics: [10, 60], food_processing: [5, 35] };
let n = 0;
for (const city of eastCities) {
  const r = stream(`enterprises|${city}`);
  const count = 1 + Math.floor(r() * (MUNICIPALITY_CITIES.includes(city) ? 8 : 3.2));
  for (let k = 0; k < count; k++) {
    n += 1;
    const sector = SECTORS[Math.floor(r() * SECTORS.length)];
    const [jl, jh] = SECTOR_JOBS[sector];
    const [ll, lh] = SECTOR_LAND[sector];
    enterprises.push({
      id: `E${String(n).padStart(3, '0')}`,
      city,
      sector,
      jobs: Math.round((jl + (jh - jl) * r() ** 2) / 10) * 10,
      landHa: Math.round(ll + (lh - ll) * r()),
      needsExpressway: sector === 'electronics' || sector === 'textiles' ? r() < 0.7 : r() < 0.25,
      needsResource: sector === 'minerals' || sector === 'tourism' || r() < 0.3,
    });
  }
}
const industry = {
  schema: 1,
  kind: 'sample',
  label: { zh: '示例数据', en: 'Sample data' },
  seed: SEED,
  sectors: SECTORS,
  counties: westCounties.map((c) => c.adcode),
  endowment,
  parkHa,
  expresswayMinutes,
  enterprises,
};

const manifest = {
  schema: 1,
  id: 'matching-sample',
  kind: 'sample',
  name: { zh: '劳务协作与产业对接（示例数据）', en: 'Labour and industry matching (sample data)' },
  label: { zh: '示例数据', en: 'Sample data' },
  provenance: {
    source: '示例数据 (合成)：由 scripts/sample/build-matching.mjs 按固定种子生成 / Sample data (synthetic): seeded output of scripts/sample/build-matching.mjs',
    license: 'CC0 (synthetic)',
    generator: { script: 'scripts/sample/build-matching.mjs', seed: SEED },
    derivedFrom: 'public/data/sample (rural_population 2020, poverty_incidence 2014, expressway_minutes 2020), public/geo/counties.json',
    note: '全部数值为合成示例，不是任何真实统计。 / All values are synthetic, not real statistics.',
  },
  files: { labour: 'labour.json', industry: 'industry.json' },
  counts: { westCounties: westCounties.length, eastCities: eastCities.length, capitals: capitals.length, skills: SKILLS.length, enterprises: enterprises.length },
};

mkdirSync(OUT, { recursive: true });
for (const [name, json] of [['manifest.json', manifest], ['labour.json', labour], ['industry.json', industry]]) {
  const text = name === 'manifest.json' ? `${JSON.stringify(json, null, 1)}\n` : `${JSON.stringify(json)}\n`;
  writeFileSync(join(OUT, name), text);
  console.log(`${name.padEnd(16)} ${(text.length / 1024).toFixed(1).padStart(7)} KB ${(gzipSync(text).length / 1024).toFixed(1).padStart(6)} KB gzip`);
}
console.log(`${westCounties.length} western counties, ${eastCities.length} eastern cities, ${enterprises.length} enterprises (seed ${SEED})`);
