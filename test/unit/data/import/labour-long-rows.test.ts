import iconv from 'iconv-lite';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { bytesSource, runImport } from '../../../../src/data/import/run-import';
import type { ImportTarget } from '../../../../src/data/import/labour-long-rows';
import { fixtureLookup } from '../../../fixtures/import/lookup-fixture';

const lookup = fixtureLookup();
const utf8 = (s: string) => new TextEncoder().encode(s);
const run = (name: string, bytes: Uint8Array, target: ImportTarget) => runImport(bytesSource(name, bytes), { lookup, target, now: () => new Date('2024-01-02T03:04:05Z') });
const supply: ImportTarget = { kind: 'labour-long', measure: 'supply' };

const SUPPLY_CSV = [
  '县名,区划代码,技能,培训与意愿,人数',
  '文山市,532601,建筑,已培训-愿赴东部,1200',
  '文山市,532601,建筑,未培训-就地就近,"3,400"',
  '城西区,630104,护理,trained-far,85',
  '不存在县,,护理,trained-far,5',
  '新城区,150102,电商物流,未培训-省内,—',
].join('\n');

describe('importing a labour long table (county × skill × group → value)', () => {
  it('matches counties the usual way and reads skill, group and value cells per row, building no dataset', async () => {
    const r = await run('劳务供给.csv', utf8(SUPPLY_CSV), supply);
    expect(r.error).toBeNull();
    expect(r.ok).toBe(true);
    expect(r.dataset).toBeNull();
    expect(r.labourTable?.measure).toBe('supply');
    expect(r.labourTable?.fileName).toBe('劳务供给.csv');
    expect(r.labourTable?.columns).toEqual({ skill: '技能', group: '培训与意愿', value: '人数' });
    expect(r.labourTable?.rows).toEqual([
      { line: 2, county: '532601', skill: '建筑', group: '已培训-愿赴东部', value: 1200 },
      { line: 3, county: '532601', skill: '建筑', group: '未培训-就地就近', value: 3400 },
      { line: 4, county: '630104', skill: '护理', group: 'trained-far', value: 85 },
      { line: 5, county: null, skill: '护理', group: 'trained-far', value: 5 },
      { line: 6, county: '150102', skill: '电商物流', group: '未培训-省内', value: null },
    ]);
    // Many rows per county are the point of a long table: none is flagged as a duplicate county.
    expect(r.rows.filter((x) => x.flags?.includes('duplicate'))).toEqual([]);
    expect(r.summary.counties).toBe(3);
    expect(r.rows.find((x) => x.line === 5)?.status).toBe('unmatched');
  });

  it('reads the same table encoded in GBK', async () => {
    const r = await run('labour-gbk.csv', new Uint8Array(iconv.encode(SUPPLY_CSV, 'gbk')), supply);
    expect(r.error).toBeNull();
    expect(r.labourTable?.rows.map((x) => [x.county, x.skill, x.value])).toEqual([
      ['532601', '建筑', 1200], ['532601', '建筑', 3400], ['630104', '护理', 85], [null, '护理', 5], ['150102', '电商物流', null],
    ]);
  });

  it('reads the same table from a spreadsheet, numbers as numbers', async () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['县名', '区划代码', '技能', '培训与意愿', '人数'], ['文山市', 532601, '建筑', '已培训-愿赴东部', 1200], ['城西区', 630104, 'care', 'trained-far', 85]]), '供给');
    const r = await run('labour.xlsx', new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), supply);
    expect(r.error).toBeNull();
    expect(r.labourTable?.rows.map((x) => [x.line, x.county, x.skill, x.group, x.value])).toEqual([[2, '532601', '建筑', '已培训-愿赴东部', 1200], [3, '630104', 'care', 'trained-far', 85]]);
  });

  it('reads a local-vacancies table without a group column', async () => {
    const csv = ['区划代码,技能,岗位数', '532601,services,40', '630104,护理,12'].join('\n');
    const r = await run('岗位.csv', utf8(csv), { kind: 'labour-long', measure: 'local-vacancies' });
    expect(r.error).toBeNull();
    expect(r.labourTable?.columns).toEqual({ skill: '技能', group: null, value: '岗位数' });
    expect(r.labourTable?.rows.map((x) => [x.county, x.skill, x.group, x.value])).toEqual([['532601', 'services', '', 40], ['630104', '护理', '', 12]]);
  });

  it('refuses a table without a skill column, or a supply table without a group column, with a clear error', async () => {
    const noSkill = await run('x.csv', utf8(['县名,类别,人数', '文山市,渔业,5', '城西区,渔业,6'].join('\n')), supply);
    expect(noSkill.labourTable).toBeNull();
    expect(noSkill.error?.code).toBe('bad_mapping');
    expect(noSkill.error?.message.zh).toContain('技能列');
    const noGroup = await run('y.csv', utf8(['县名,技能,人数', '文山市,建筑,5', '城西区,护理,6'].join('\n')), supply);
    expect(noGroup.error?.code).toBe('bad_mapping');
    expect(noGroup.error?.message.en).toContain('supply group column');
  });

  it('still builds an indicator dataset by default', async () => {
    const r = await runImport(bytesSource('d.csv', utf8(['县名,区划代码,人口 2020', '文山市,532601,100', '城西区,630104,200'].join('\n'))), { lookup });
    expect(r.labourTable).toBeNull();
    expect(r.dataset?.manifest.counties).toEqual(['532601', '630104']);
  });
});
