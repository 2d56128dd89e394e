import iconv from 'iconv-lite';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { bytesSource, runImport } from '../../../../src/data/import/run-import';
import type { ImportTarget } from '../../../../src/data/import/labour-long-rows';
import { fixtureLookup } from '../../../fixtures/import/lookup-fixture';

const lookup = fixtureLookup();
const utf8 = (s: string) => new TextEncoder().encode(s);
const run = (name: string, bytes: Uint8Array, target: ImportTarget) => runImport(bytesSource(name, bytes), { lookup, target, now: () => new Date('2024-01-02T03:04:05Z') });
const endowment: ImportTarget = { kind: 'industry-long', measure: 'endowment' };
const measures: ImportTarget = { kind: 'industry-long', measure: 'county-measures' };

const ENDOWMENT_CSV = [
  '县名,区划代码,行业,适宜度',
  '文山市,532601,纺织,80',
  '文山市,532601,食品加工,65.5',
  '城西区,630104,tourism,40',
  '不存在县,,纺织,5',
].join('\n');

describe('importing a county endowment table for the industry matching', () => {
  it('reads a long table (county × sector → value) in GBK, counties matched the usual way, building no dataset', async () => {
    const r = await run('禀赋.csv', new Uint8Array(iconv.encode(ENDOWMENT_CSV, 'gbk')), endowment);
    expect(r.error).toBeNull();
    expect(r.ok).toBe(true);
    expect(r.dataset).toBeNull();
    expect(r.labourTable).toBeNull();
    expect(r.industryTable?.measure).toBe('endowment');
    expect(r.industryTable?.columns).toEqual({ shape: 'long', key: '行业', value: '适宜度' });
    expect(r.industryTable?.rows).toEqual([
      { line: 2, county: '532601', key: '纺织', value: 80 },
      { line: 3, county: '532601', key: '食品加工', value: 65.5 },
      { line: 4, county: '630104', key: 'tourism', value: 40 },
      { line: 5, county: null, key: '纺织', value: 5 },
    ]);
    expect(r.summary.counties).toBe(2);
  });

  it('reads a wide county × measure table (headers with units, brackets as the pipeline cleans them), one row per filled cell', async () => {
    const csv = ['区划代码,县名,园区面积（公顷）,高速公路（分钟）', '532601,文山市,120,25', '630104,城西区,,8'].join('\n');
    const r = await run('园区.csv', utf8(csv), measures);
    expect(r.error).toBeNull();
    expect(r.industryTable?.columns).toEqual({ shape: 'wide', keys: ['园区面积(公顷)', '高速公路(分钟)'] });
    expect(r.industryTable?.rows.map((x) => [x.line, x.county, x.key, x.value])).toEqual([
      [2, '532601', '园区面积(公顷)', 120], [2, '532601', '高速公路(分钟)', 25], [3, '630104', '高速公路(分钟)', 8],
    ]);
  });

  it('keeps a "无高速" cell as "none" (no expressway), not as a number', async () => {
    const csv = ['区划代码,县名,高速公路（分钟）', '532601,文山市,无高速', '630104,城西区,8'].join('\n');
    const r = await run('高速.csv', utf8(csv), measures);
    expect(r.error).toBeNull();
    expect(r.industryTable?.rows.map((x) => [x.county, x.value, x.none ?? false])).toEqual([['532601', null, true], ['630104', 8, false]]);
  });

  it('reads a wide sector table from a spreadsheet', async () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['区划代码', '纺织', 'electronics'], [532601, 70, 30], [630104, 10, 90]]), '禀赋');
    const r = await run('endowment.xlsx', new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), endowment);
    expect(r.error).toBeNull();
    expect(r.industryTable?.rows.map((x) => [x.county, x.key, x.value])).toEqual([['532601', '纺织', 70], ['532601', 'electronics', 30], ['630104', '纺织', 10], ['630104', 'electronics', 90]]);
  });

  it('refuses a table naming no sector, with a clear error', async () => {
    const r = await run('x.csv', utf8(['县名,类别,分值', '文山市,渔业,5', '城西区,渔业,6'].join('\n')), endowment);
    expect(r.industryTable).toBeNull();
    expect(r.error?.code).toBe('bad_mapping');
    expect(r.error?.message.zh).toContain('行业');
  });
});
