import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { IndicatorColumnFile } from '../../../../src/model/indicators/dataset';
import { bytesSource, runImport, type ImportResult } from '../../../../src/data/import/run-import';
import { fixtureLookup } from '../../../fixtures/import/lookup-fixture';

const lookup = fixtureLookup();
const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/import/${name}`, import.meta.url))));
const utf8 = (s: string) => new TextEncoder().encode(s);
const run = (name: string, bytes: Uint8Array, chunk?: number) =>
  runImport(bytesSource(name, bytes, chunk), { lookup, now: () => new Date('2024-01-02T03:04:05Z') });

function values(result: ImportResult, id: string): IndicatorColumnFile['indicators'][number] {
  const file = result.dataset?.files[`indicators/${id}.json`] as IndicatorColumnFile | undefined;
  const ind = file?.indicators[0];
  if (!ind) throw new Error(`no indicator ${id}`);
  return ind;
}

describe('runImport on a messy two-row-header CSV', () => {
  it('reports every non-blank row once, on its physical line', async () => {
    const r = await run('two-row-header.csv', fixture('two-row-header.csv'));
    expect(r.error).toBeNull();
    expect(r.rows.map((x) => [x.line, x.status])).toEqual([
      [1, 'skipped'],
      [3, 'skipped'],
      [4, 'skipped'],
      [5, 'matched'],
      [6, 'ambiguous'],
      [7, r.rows[5]?.status],
      [8, 'matched'],
      [9, 'skipped'],
    ]);
    expect(r.rows.find((x) => x.line === 9)?.reasons).toEqual([{ code: 'total_row' }]);
    expect(r.rows.find((x) => x.line === 6)?.candidates.map((c) => c.adcode).sort()).toEqual(['130105', '130902']);
  });

  it('reads every value format into numbers or missing, and builds a wide dataset', async () => {
    const r = await run('two-row-header.csv', fixture('two-row-header.csv'));
    const m = r.dataset?.manifest;
    expect(m?.years).toEqual([2015, 2016]);
    expect(m?.indicators.map((i) => i.id)).toEqual(['rural_income', 'poverty_incidence']);
    const income = values(r, 'rural_income');
    const at = (adcode: string) => m?.counties.indexOf(adcode) ?? -1;
    expect(income.values[0]?.[at('130631')]).toBe(8120);
    expect(income.values[1]?.[at('130823')]).toBe(7500);
    const incidence = values(r, 'poverty_incidence');
    expect(incidence.values.map((y) => y[at('130631')])).toEqual([12.3, 8]);
    expect(m?.provenance).toMatchObject({ fileName: 'two-row-header.csv', createdAt: '2024-01-02T03:04:05.000Z' });
    expect(m?.sample).toBe(false);
  });

  it('reads the same file GBK-encoded, in tiny chunks', async () => {
    const gbk = new Uint8Array(iconv.encode(new TextDecoder().decode(fixture('two-row-header.csv')), 'gbk'));
    const a = await run('two-row-header.csv', fixture('two-row-header.csv'));
    const b = await run('two-row-header.csv', gbk, 7);
    expect(b.file.encoding).toBe('gb18030');
    expect(b.rows).toEqual(a.rows);
    expect(b.dataset?.files).toEqual(a.dataset?.files);
  });
});

describe('runImport on a long TSV', () => {
  it('collects county-years, flags the duplicate and offers 0–1 shares as percentages', async () => {
    const r = await run('long.tsv', fixture('long.tsv'));
    expect(r.file.delimiter).toBe('\t');
    expect(r.tables[0]?.mapping?.layout).toBe('long');
    expect(r.summary).toMatchObject({ matched: 5, ambiguous: 1, skipped: 1 });
    const dup = r.rows.find((x) => x.line === 6);
    expect(dup?.flags).toContain('duplicate');
    const tap = values(r, 'tap_water');
    const at = r.dataset?.manifest.counties.indexOf('130924') ?? -1;
    expect(tap.values[1]?.[at]).toBe(75); // the first row wins, scaled from 0.75
    expect(r.summary.issues.duplicate).toBe(1);
  });
});

describe('runImport on bad input', () => {
  const code = async (name: string, bytes: Uint8Array) => (await run(name, bytes)).error?.code;
  it('explains instead of throwing', async () => {
    expect(await code('empty.csv', new Uint8Array(0))).toBe('empty_file');
    expect(await code('x.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))).toBe('binary_file');
    expect(await code('x.csv', new Uint8Array([1, 2, 0, 4, 5, 0, 7, 8]))).toBe('binary_file');
    expect(await code('x.csv', utf8('代码 县名 值\n130631 望都县 1\n'))).toBe('wrong_delimiter');
    expect(await code('x.csv', utf8('名称,价格\n苹果,1\n香蕉,2\n'))).toBe('no_county_column');
    expect(await code('x.json', utf8('{"oops'))).toBe('bad_json');
    expect(await code('x.xlsx', utf8('not a workbook'))).toBe('bad_spreadsheet');
    expect(await code('x.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]))).toBe('bad_spreadsheet');
  });

  it('keeps HTML in a name as plain text', async () => {
    const r = await run('x.csv', utf8('代码,县名,值\n130631,望都县,1\n,<img src=x onerror=alert(1)>,2\n'));
    const row = r.rows.find((x) => x.line === 3);
    expect(row?.name).toBe('<img src=x onerror=alert(1)>');
    expect(row?.status).toBe('unmatched');
  });

  it('gives bilingual messages', async () => {
    const r = await run('empty.csv', new Uint8Array(0));
    expect(r.error?.message.zh).toMatch(/空/);
    expect(r.error?.message.en).toMatch(/empty/);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const big = utf8(`代码,值\n${'130631,1\n'.repeat(20000)}`);
    const r = await runImport(bytesSource('big.csv', big, 1024), { lookup, signal: controller.signal });
    expect(r.error?.code).toBe('cancelled');
    expect(r.dataset).toBeNull();
  });
});

describe('runImport on JSON and progress', () => {
  it('reads records and reports progress', async () => {
    const seen: number[] = [];
    const json = utf8(JSON.stringify([{ 代码: '130631', 值: 1 }, { 代码: '130924', 值: '—' }, { 代码: 130927, 值: 3 }]));
    const r = await runImport(bytesSource('x.json', json), { lookup, onProgress: (p) => seen.push(p.bytesRead) });
    expect(r.rows.map((x) => [x.line, x.status])).toEqual([
      [1, 'matched'],
      [2, 'matched'],
      [3, 'matched'],
    ]);
    expect(r.dataset?.manifest.attributes.map((a) => a.kind)).toEqual(['number']);
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('choosing a county for an ambiguous row', () => {
  const csv = utf8('县名,年份,人口\n新华区,2019,10\n新华区,2020,11\n望都县,2020,25\n');

  it('offers the candidates with their prefecture and province, then lands every year of the row on the choice', async () => {
    const first = await run('pick.csv', csv);
    const ambiguous = first.rows.filter((x) => x.status === 'ambiguous');
    expect(ambiguous).toHaveLength(2);
    const key = ambiguous[0]?.matchKey ?? '';
    expect(ambiguous[1]?.matchKey).toBe(key);
    expect(ambiguous[0]?.candidates.map((c) => [c.adcode, c.prefectureName, c.provinceName]).sort()).toEqual([
      ['130105', '石家庄市', '河北省'],
      ['130902', '沧州市', '河北省'],
    ]);
    const second = await runImport(bytesSource('pick.csv', csv), { lookup, overrides: { chosen: { [key]: '130902' } } });
    expect(second.rows.filter((x) => x.name === '新华区').map((x) => [x.status, x.adcode, x.reasons[0]?.code])).toEqual([
      ['matched', '130902', 'chosen_by_user'],
      ['matched', '130902', 'chosen_by_user'],
    ]);
    expect(second.dataset?.manifest.counties).toEqual(['130631', '130902']);
  });

  it('ignores a choice that names no county of the boundary set', async () => {
    const first = await run('pick.csv', csv);
    const key = first.rows.find((x) => x.status === 'ambiguous')?.matchKey ?? '';
    const r = await runImport(bytesSource('pick.csv', csv), { lookup, overrides: { chosen: { [key]: '999999' } } });
    expect(r.rows.filter((x) => x.status === 'ambiguous')).toHaveLength(2);
  });
});
