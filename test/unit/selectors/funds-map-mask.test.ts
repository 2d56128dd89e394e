import { describe, expect, it } from 'vitest';
import { combineMasks, fundsKeptCounties } from '../../../src/selectors/use-funds-map-mask';
import { parseFundCsv } from '../../../src/data/load-funds';
import { createDefaultFundsView } from '../../../src/model/funds/funds-view';
import type { CountyIndexJson } from '../../../src/model/geo/county';

const county = (adcode: string, province: string) => ({ adcode, name: adcode, prefecture: `${adcode.slice(0, 4)}00`, province, pinyin: '', initials: '', point: [0, 0] as [number, number], bbox: [0, 0, 1, 1] as [number, number, number, number] });
const index = { counties: [county('520121', '520000'), county('520122', '520000'), county('530121', '530000')] } as unknown as CountyIndexJson;
const table = parseFundCsv('source,programme,county,year,amount\ncentral,industry,520121,2023,10\npooled,water,520122,2023,5\ncentral,industry,530121,2023,7\n', 't');

describe('the map follows the fund tab', () => {
  it('keeps the province, then the counties a node reaches', () => {
    const fv = createDefaultFundsView();
    expect(fundsKeptCounties(table.rows, table.years, fv, [], 2016, index)).toBeNull();
    expect([...fundsKeptCounties(table.rows, table.years, { ...fv, province: '520000' }, [], 2016, index)!]).toEqual(['520121', '520122']);
    expect([...fundsKeptCounties(table.rows, table.years, { ...fv, province: '520000', node: 'p.industry' }, [], 2016, index)!]).toEqual(['520121']);
    expect([...fundsKeptCounties(table.rows, table.years, { ...fv, node: 'p.industry' }, [], 2016, index)!].sort()).toEqual(['520121', '530121']);
    // The map selection narrows it too.
    expect([...fundsKeptCounties(table.rows, table.years, { ...fv, node: 'p.industry' }, ['530121'], 2016, index)!]).toEqual(['530121']);
  });

  it('combines with the poverty filter: kept only where both keep', () => {
    const a = { mask: Uint8Array.from([1, 1, 0]), key: 'a' };
    const b = { mask: Uint8Array.from([0, 1, 1]), key: 'b' };
    expect([...combineMasks(a, b)!.mask]).toEqual([0, 1, 0]);
    expect(combineMasks(null, b)).toBe(b);
    expect(combineMasks(a, null)).toBe(a);
    expect(combineMasks(null, null)).toBeNull();
  });
});
