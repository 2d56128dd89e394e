/**
 * The project file's matching-tables section: what it writes, that a bad table refuses the whole section before
 * anything changes, that a file without tables leaves the user's alone, and that a refusal by the worker's check
 * comes back as a problem.
 */
import { describe, expect, it } from 'vitest';
import { createMatchingTablesSection, type MatchingTables } from '../../../src/data/project-matching-tables-section';

const labour = { measure: 'supply' as const, fileName: '劳务供给.csv', rows: [{ county: '513221', skill: '建筑', group: '已培训-愿赴东部', value: 5000 }] };
const industry = { measure: 'county-measures' as const, fileName: '高速.csv', rows: [{ county: '513221', key: '高速公路', value: null, none: true }] };

function sectionWith(current: MatchingTables, answer: string[] = []) {
  const replaced: MatchingTables[] = [];
  const section = createMatchingTablesSection(() => ({ current: () => current, replace: async (t) => (replaced.push(t), answer) }));
  return { section, replaced };
}

describe('matching-tables section', () => {
  it('writes the tables in use and reads them back whole (a "no expressway" cell included)', async () => {
    const { section } = sectionWith({ labour: [labour as never], industry: [industry] });
    const data = JSON.parse(JSON.stringify(section.export())) as unknown;
    const parsed = await section.parse(data);
    expect(parsed.labour.map((t) => t.fileName)).toEqual(['劳务供给.csv']);
    expect(parsed.industry[0]!.rows[0]).toEqual({ county: '513221', key: '高速公路', value: null, none: true });
    expect(section.count?.(parsed)).toBe(2);
  });

  it('refuses a section with one bad table, naming where, before anything is applied', async () => {
    const { section, replaced } = sectionWith({ labour: [], industry: [] });
    await expect(async () => section.parse({ labour: [], industry: [{ measure: 'labour', fileName: 'x.csv', rows: [] }] })).rejects.toThrow(/matching-tables\.industry/);
    await expect(async () => section.parse({ labour: 'no' })).rejects.toThrow(/matching-tables/);
    expect(replaced).toEqual([]);
  });

  it('a file without tables changes nothing; tables go to the app, and a refusal comes back as a problem', async () => {
    const inUse = { labour: [{ ...labour, fileName: '旧.csv' } as never], industry: [] };
    const { section, replaced } = sectionWith(inUse, ['matching-tables: labour tables not used: 2 rows are not western counties']);
    expect(await section.apply({ labour: [], industry: [] }, { datasetRenames: new Map() })).toEqual([]);
    expect(replaced).toEqual([]);
    const incoming = await section.parse({ labour: [labour], industry: [] });
    expect(await section.apply(incoming, { datasetRenames: new Map() })).toEqual(['matching-tables: labour tables not used: 2 rows are not western counties']);
    expect(replaced).toHaveLength(1);
  });
});
