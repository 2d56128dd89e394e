/**
 * The README of each real dataset folder: sources, licences (MIT notices in full), corrections and the match
 * report, written by the build so they always describe the committed bytes.
 */
import type { CountyLookup } from '../../src/model/geo/county-lookup';
import type { PovertyFacts } from './poverty-facts';
import { CENSUS_INDICATORS, NAME_FIXES, type CensusBuild, type CensusMatchSummary } from './census-2020';

const MIT_BODY = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

const GENERATED = '<!-- Written by scripts/real/build-real.mjs (npm run build:real); edit the script, not this file. -->';

function polygonNames(adcodes: readonly string[], lookup: CountyLookup): string {
  return adcodes.map((a) => `${a} ${lookup.get(a)?.name ?? '?'}`).join(' + ');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** README of public/data/poverty-counties/. */
export function factsReadme(built: PovertyFacts, lookup: CountyLookup): string {
  const changed = built.facts.filter((f) => f.placement !== 'exact code');
  const shared = new Map<string, string[]>();
  for (const f of built.facts) for (const a of f.adcodes) shared.set(a, [...(shared.get(a) ?? []), f.name]);
  const multi = [...shared].filter(([, names]) => names.length > 1);
  const polygons = shared.size;
  return `${GENERATED}
# 832 个国家级贫困县与摘帽年份 / The 832 national poverty counties and their exit years

**Kind: facts (公开事实)** — not a sample and not a statistical table: which counties were national poverty
counties (国家扶贫开发工作重点县 and 集中连片特困地区县, consolidated from 2014), the year each was announced as exited
(摘帽, 2016–2020), and the east/central/west region the list gives.

## Source
- **The facts**: the exit announcements of the State Council Leading Group for Poverty Alleviation and Development
  (2016–2017 batches) and of the provinces (2018–2020 batches). They are public government announcements.
- **Read from**: the compilation \`poverty_county_list.csv\` in the repository **Clebeech/ds_project**
  (\`data/poverty_county_list.csv\` at \`39c1348a76e5849ef5a3e36f228d59fcf3302409\`), a CSV export of
  \`全国832个国家级贫困县名单.xlsx\`, whose attribution cell reads 来自"马 克 数 据 网" (a third-party compilation of the
  announcements). The repository states no licence: only the facts (county, year, region) are shipped, no text or
  layout of the compilation.
- Build: \`npm run build:real -- --from ../shared/data\` (scripts/real/). Boundary vintage 2016 (public/geo/).

## Files
- \`manifest.json\` — dataset \`poverty_counties\`, \`kind: "facts"\`.
- \`columns/exit_year.json\` — categorical indicator \`exit_year\` (year 2020 only): 2016–2020 = exit year, 0 = not a
  national poverty county, null outside the 31 provinces.
- \`attributes.json\` — \`designation\` (designated / not_designated), \`exit_year\`, \`region\` (the list's region for
  listed counties; the province rule of src/model/geo/region.ts elsewhere), \`listed_name\` (name as listed).

## Checks (the build fails otherwise)
- ${built.facts.length} counties (832), unique codes after correction.
- Per province: ${Object.entries(built.provinceTotals).map(([p, n]) => `${p} ${n}`).join(', ')}.
- Exit batches: ${Object.entries(built.exitBatches).map(([y, n]) => `${y}: ${n}`).join(', ')} (official 28 / 125 / 283 / 344 / 52).
- Every county lands on a boundary unit of its own province: ${built.facts.length} counties on ${polygons} boundary units.

## Corrections
| listed code | name | field | from | to | why |
|---|---|---|---|---|---|
${built.corrections.map((c) => `| ${c.code} | ${c.name} | ${c.field} | ${c.from} | ${c.to} | ${cell(c.reason)} |`).join('\n')}

Also: **632825 大柴旦行委** is an unofficial code in the list (the census uses 632857); 632825 is the 2016 boundary unit
海西州直辖 that covers 大柴旦, so the code is kept and lands there exactly. **520581 黔西** and **610981 旬阳** are the
post-2021 city codes; the change list maps them back to 520522 黔西县 and 610928 旬阳县. The list's names are of
mixed vintages (平泉县, 上饶县, 那曲县…); matching is by code only, names are kept as \`listed_name\`.

## Boundary units shared by several listed counties
${multi.length === 0 ? 'None.' : multi.map(([a, names]) => `- ${a} ${lookup.get(a)?.name ?? ''}: ${names.join('、')} (the 2016 boundary has one polygon for them; it takes their latest exit year)`).join('\n')}

## Placement of every code that is not an exact 2016 boundary code (${changed.length})
| listed code | name | lands on | how |
|---|---|---|---|
${changed.map((f) => `| ${f.listedCode} | ${f.name} | ${polygonNames(f.adcodes, lookup)} | ${cell(f.placement)}${f.approximate ? ' (approximate: the unit and the polygon differ)' : ''} |`).join('\n')}
`;
}

/** README of public/data/census2020/. */
export function censusReadme(built: CensusBuild, s: CensusMatchSummary, lookup: CountyLookup): string {
  const approximateRows = built.rows.filter((r) => r.approximate);
  const special = s.unmatched.filter((r) => r.status === 'special_area');
  const other = s.unmatched.filter((r) => r.status !== 'special_area');
  const nonExact = built.rows.filter((r) => r.status === 'changed' || r.status === 'merged' || r.status === 'split');
  return `${GENERATED}
# 2020 年第七次全国人口普查（分县） / 2020 census by county

**Kind: real (真实数据)** — county figures of the 7th national population census, census date 2020-11-01.

## Source and licence
- National Bureau of Statistics of China, *Tabulation on the 2020 China Population Census by County* (中国人口普查分县资料—2020),
  China Statistics Press, 2022, ISBN 978-7-5037-9772-9.
- Read from the tables of the repository **thebamboogrove/tudigong** (\`input/{population,ages,education,households,housing}.csv\`
  at \`4db2f145527695bab2b72d1cce02d30924b6ac95\`), units of the 2021 county map. Licence MIT; the notice:

\`\`\`
MIT License

Copyright (c) 2025

${MIT_BODY}
\`\`\`

(The copyright line is as ../shared/data/SOURCES.md records the repository's LICENSE: "MIT, Copyright (c) 2025";
the copyright holder is the repository's owner, thebamboogrove — © 2025 thebamboogrove/tudigong.)
- census2020/leiii_census (Lei Dong, MIT) was **not** used for any shipped value.

## Indicators (year 2020 only; shares stored in %, e.g. 96.79 = 96.79%)
| id | name | source column | stored as | polarity |
|---|---|---|---|---|
${CENSUS_INDICATORS.map((d) => `| ${d.id} | ${d.name.zh} / ${d.name.en} | ${d.file}.csv ${d.column} | ${d.scale === 'fraction_to_percent' ? 'fraction × 100 (%)' : `as given (${d.unitLabel.en})`} | ${d.polarity} |`).join('\n')}

Housing amenities and car ownership are shares of family households in the census long-form sample. Prefecture
and province values are population-weighted means (resident population a sum).

## Corrections and traps handled
${built.corrections.map((c) => `- ${c.code} ${c.column}: ${c.from} → ${c.to} (${c.reason}).`).join('\n')}
- Name errors of the tables, corrected in this report (matching is by code only): ${NAME_FIXES.map((f) => `${f.code} ${f.from} → ${f.to} (${f.where})`).join('; ')}.
- Spreadsheet errors (\`#DIV/0!\`) and blank cells are missing values (null), never 0. Error cells in the files read:
  ${Object.entries(built.errorCells).map(([f, n]) => `${f}.csv ${n}`).join(', ')}. Empty rows dropped: ${Object.entries(built.blankRows).map(([f, n]) => `${f}.csv ${n}`).join(', ')}.
- 350527 金门县 has no resident population in the tables (blank, \`#DIV/0!\`, and placeholder zeros in housing and
  schooling): every value of a unit without a population is missing, so its polygon stays without data.

## Match report
- Rows: ${s.rows}. Special areas with unofficial XXYY7Z codes: ${s.specialAreas} (reported unmatched, never forced onto a county).
- **Standard rows (all others): ${s.standardRows}; matched to a 2016 boundary county: ${s.standardMatched} (${(s.matchRate * 100).toFixed(2)}%).**
- Rows whose values reach the map only approximately (a merged or split unit, shared polygons): ${s.approximateRows};
  boundary counties with approximate values: ${built.approximateAdcodes.length}.
- Codes of the 2021 vintage are mapped to the 2016 polygons through public/geo/changes.json (the same change list as
  the import pipeline): ${nonExact.length} rows.
- \`attributes.json\` holds \`match\` per boundary county (exact / changed / approximate; null without a census row);
  the county profile marks approximate values as such.

### Unmatched standard rows (${other.length})
| code | name | reason |
|---|---|---|
${other.map((r) => `| ${r.code} | ${r.name} | ${cell(r.note)} |`).join('\n')}

### Approximate rows (${approximateRows.length})
Shares and averages of a group are population-weighted means of its units, given to each of its polygons; a count is
summed when the group is one polygon and left empty when it would have to be split.

| code | name | polygons | change |
|---|---|---|---|
${approximateRows.map((r) => `| ${r.code} | ${r.name} | ${polygonNames(r.adcodes, lookup)} | ${cell(r.note)} |`).join('\n')}

### Codes mapped through the change list (${nonExact.length})
| code | name | polygons | change |
|---|---|---|---|
${nonExact.map((r) => `| ${r.code} | ${r.name} | ${polygonNames(r.adcodes, lookup)} | ${cell(r.note)} |`).join('\n')}

### Special areas, unmatched by design (${special.length})
Reason, the same for every row below: ${special[0]?.note ?? ''}.

${special.map((r) => `${r.code} ${r.name}`).join('; ')}.
`;
}
