import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useAppStore } from '../../../src/store/app-store';
import { replaceFundTable } from '../../../src/selectors/use-funds';
import { parseFundCsv } from '../../../src/data/load-funds';
import { parseFundShareRules } from '../../../src/model/funds/industry-share-rule';

const rules = parseFundShareRules(JSON.parse(readFileSync('public/data/rules/fund-industry-share.json', 'utf8')));
const sample = { manifest: { schema: 1 as const, id: 'funds', kind: 'sample' as const, name: { zh: '资金', en: 'Funds' }, provenance: { source: 's', createdAt: 'x' }, unit: 'yuan' as const, years: [2023], files: [] }, table: parseFundCsv('source,programme,county,year,amount\ncentral,industry,520121,2023,10\n', 's') };

describe('loading a user fund table', () => {
  it('keeps the table on screen when the file is bad, and replaces it whole when good', async () => {
    useAppStore.getState().fundsActions.setBundle({ funds: sample, rules });
    await expect(replaceFundTable('资金来源,项目,区划代码,年份,金额\ncentral,industry,520121,2023,12\ncentral,industry,5201,2023,1\n', '县资金.csv')).rejects.toThrow(/县资金\.csv: row 3\.county: expected a 6-digit adcode \(got "5201"\)/);
    expect(useAppStore.getState().fundsData.bundle?.funds).toBe(sample);
    await expect(replaceFundTable('', 'empty.csv')).rejects.toThrow(/empty\.csv/);
    expect(await replaceFundTable('资金来源,项目,区划代码,年份,金额,支出\ncentral,industry,520121,2024,1234.56,1000\n', '县资金.csv')).toEqual({ rows: 1 });
    const bundle = useAppStore.getState().fundsData.bundle!;
    expect(bundle.funds.manifest.kind).toBeUndefined();
    expect(bundle.funds.manifest.provenance.fileName).toBe('县资金.csv');
    expect(bundle.funds.table.rows[0]).toMatchObject({ amountFen: 123456, spentFen: 100000, year: 2024 });
  });
});
