/**
 * The importer on real public files from ../shared/data (see its SOURCES.md), matched against the real
 * boundary index in public/geo. Only small facts are asserted; no values are copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesSource, runImport, type ImportResult } from '../../../../src/data/import/run-import';
import type { AttributeColumnFile } from '../../../../src/model/indicators/dataset';
import { parseAdcodeChangeList } from '../../../../src/model/geo/adcode-change';
import { createCountyLookup } from '../../../../src/model/geo/county-lookup';

const repo = (p: string) => fileURLToPath(new URL(`../../../../${p}`, import.meta.url));
const DATA = repo('../shared/data');
const COUNTIES = repo('public/geo/counties.json');
const CHANGES = repo('public/geo/changes.json');
const haveData = existsSync(`${DATA}/SOURCES.md`);
const haveGeo = existsSync(COUNTIES) && existsSync(CHANGES);
if (!haveData) console.warn('real-file import tests skipped: ../shared/data is absent');
if (!haveGeo) console.warn('real-file import tests skipped: public/geo/counties.json or changes.json not built (npm run build:geo)');

const lookup = haveGeo
  ? createCountyLookup(JSON.parse(readFileSync(COUNTIES, 'utf8')), parseAdcodeChangeList(JSON.parse(readFileSync(CHANGES, 'utf8'))))
  : null;

async function importFile(rel: string): Promise<ImportResult> {
  if (!lookup) throw new Error('no lookup');
  const path = `${DATA}/${rel}`;
  return runImport(bytesSource(rel.replace(/^.*\//, ''), new Uint8Array(readFileSync(path))), { lookup });
}

const dataRows = (r: ImportResult) => r.rows.filter((x) => !['header_row', 'title_row'].includes(x.reasons[0]?.code ?? ''));

describe.skipIf(!haveData || !haveGeo)('real files', () => {
  it('832 list (CSV): every row matched or reported with a reason; float codes; exit years imported', async () => {
    const r = await importFile('poverty_counties/poverty_county_list.csv');
    expect(r.error).toBeNull();
    const rows = dataRows(r);
    expect(rows).toHaveLength(832);
    for (const row of rows) {
      expect(['matched', 'ambiguous', 'unmatched']).toContain(row.status);
      expect(row.reasons.length).toBeGreaterThan(0);
      if (row.status !== 'matched') expect(row.candidates.length).toBeGreaterThan(0);
    }
    expect(rows.filter((x) => x.status === 'matched').length).toBeGreaterThanOrEqual(825);
    expect(r.rows.find((x) => x.code === '130631.0')?.adcode).toBe('130631');
    // 630104 is a district of Xining, not 冷湖: the importer must not land the row there silently.
    expect(r.rows.find((x) => x.code === '630104.0')?.status).toBe('ambiguous');
    const exit = r.dataset?.manifest.attributes.find((a) => a.name.zh === '摘帽时间');
    expect(exit?.kind).toBe('number');
    const values = (r.dataset?.files['attributes.json'] as AttributeColumnFile).attributes.find((a) => a.id === exit?.id)?.values ?? [];
    const years = values.filter((v): v is number => typeof v === 'number');
    expect(years.length).toBeGreaterThanOrEqual(825);
    expect(years.every((y) => y >= 2016 && y <= 2020)).toBe(true);
  });

  it('832 list (XLSX) lands every row where the CSV does', async () => {
    const [csv, xlsx] = await Promise.all([
      importFile('poverty_counties/poverty_county_list.csv'),
      importFile('poverty_counties/全国832个国家级贫困县名单.xlsx'),
    ]);
    expect(xlsx.error).toBeNull();
    expect(xlsx.rows[1]?.sheet).toBe('整理数据');
    expect(xlsx.rows.map((x) => [x.line, x.status, x.adcode])).toEqual(csv.rows.map((x) => [x.line, x.status, x.adcode]));
  });

  it('census housing: ≥ 99% of standard county rows matched, tap water offered as a percentage', async () => {
    const r = await importFile('census2020/tudigong/housing.csv');
    const standard = dataRows(r).filter((x) => x.code !== undefined && x.code[4] !== '7');
    const matched = standard.filter((x) => x.status === 'matched');
    expect(matched.length / standard.length).toBeGreaterThanOrEqual(0.99);
    const water = r.tables[0]?.mapping?.columns.find((c) => c.header === 'HOUS_SAMP_WATR');
    expect(water).toMatchObject({ role: 'value', unit: 'percent', fractionShare: true });
    expect(r.dataset?.manifest.attributes.some((a) => a.id === 'tap_water')).toBe(true);
  });

  it('census yearbook XLSX: only county rows imported', async () => {
    const r = await importFile('census2020/leiii_census/census_county_2020_v1.xlsx');
    expect(r.error).toBeNull();
    expect(r.rows.find((x) => x.line === 2)?.status).toBe('skipped'); // the national row
    for (const row of r.rows) {
      if (row.status !== 'matched') continue;
      expect(row.code === undefined || !/0000$/.test(row.code)).toBe(true);
      if (row.code && /00$/.test(row.code)) expect(lookup?.get(row.code)).toBeDefined();
    }
    const provinceRows = r.rows.filter((x) => x.code !== undefined && /^\d{2}0000$/.test(x.code));
    expect(provinceRows.length).toBeGreaterThanOrEqual(31);
    expect(provinceRows.every((x) => x.status === 'skipped')).toBe(true);
    expect(r.summary.matched).toBeGreaterThan(2800);
    expect(r.dataset?.manifest.years).toEqual([2020]);
  }, 60_000); // a 3.4 MB workbook takes SheetJS several seconds on a busy machine
});
