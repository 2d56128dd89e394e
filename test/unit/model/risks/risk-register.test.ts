import { describe, expect, it } from 'vitest';
import {
  countyRiskMarks,
  createEmptyRiskDraft,
  createEmptyRiskRegister,
  isRiskOverdue,
  riskEntryFromWarning,
  type RiskEntry,
  type RiskRegister,
} from '../../../../src/model/risks/risk-entry';
import { checkRiskDraft } from '../../../../src/model/risks/risk-validation';
import { mergeRiskRegisters, parseRiskRegister, riskRegisterFromCsv, riskRegisterFromJson, riskRegisterToCsv, riskRegisterToJson } from '../../../../src/model/risks/risk-files';

const KNOWN = new Set(['520121', '520122', '530121']);
const known = (a: string) => KNOWN.has(a);

function entry(overrides: Partial<RiskEntry> = {}): RiskEntry {
  return {
    ...createEmptyRiskDraft(),
    id: 'r1',
    title: '资金闲置',
    counties: ['520121'],
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

const REGISTER: RiskRegister = {
  v: 1,
  categories: [{ id: 'office_land', name: { zh: '用地风险', en: 'Land use' } }],
  entries: [
    entry({
      id: 'r1',
      title: '=HYPERLINK("http://x") 资金, "闲置"',
      description: '第一行\n第二行 <script>alert(1)</script>',
      counties: ['520121', '520122'],
      owner: '县乡村振兴局',
      level: 3,
      status: 'watching',
      due: '2026-12-31',
      link: { kind: 'indicator', id: 'funds:execution_rate' },
      actions: [{ date: '2026-11-02', text: '约谈; 督办' }, { date: '2026-11-20', text: '+复查' }],
    }),
    entry({ id: 'r2', category: 'office_land', title: 'Land', counties: ['530121'], level: 4, link: { kind: 'warning', id: 'w-7' } }),
  ],
};

describe('risk draft validation', () => {
  it('accepts a full draft and reports every bad field', () => {
    expect(checkRiskDraft({ ...createEmptyRiskDraft(), title: '  债务 ', counties: ['520121'] }, known, [])).toMatchObject({ ok: true, draft: { title: '债务' } });
    const bad = checkRiskDraft({ ...createEmptyRiskDraft(), title: ' ', due: '2026-02-30', level: 5, counties: ['5201'] }, known, []);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => [e.field, e.code])).toEqual(expect.arrayContaining([['title', 'required'], ['due', 'badDate'], ['level', 'invalid'], ['counties', 'invalid']]));
  });

  it('knows counties and categories', () => {
    const r = checkRiskDraft({ ...createEmptyRiskDraft(), title: 'x', counties: ['999999'], category: 'nope' }, known, []);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['unknownCounty', 'unknownCategory']);
    expect(checkRiskDraft({ ...createEmptyRiskDraft(), title: 'x', category: 'office_land' }, known, REGISTER.categories).ok).toBe(true);
  });
});

describe('risk register files', () => {
  it('round-trips JSON and CSV (formula-like text, quotes, line breaks, office categories)', () => {
    expect(riskRegisterFromJson(riskRegisterToJson(REGISTER), 'r.json')).toEqual(REGISTER);
    const csv = riskRegisterToCsv(REGISTER);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") 资金, ""闲置"""`);
    expect(riskRegisterFromCsv(csv, 'r.csv')).toEqual(REGISTER);
  });

  it('names what is wrong in a bad file', () => {
    expect(() => riskRegisterFromJson('{', 'r.json')).toThrow(/r\.json: expected JSON/);
    expect(() => riskRegisterFromJson(JSON.stringify({ ...REGISTER, entries: [{ ...REGISTER.entries[0], level: 7 }] }), 'r.json')).toThrow(/entries\[0\]\.level: expected a level 1–4/);
    expect(() => riskRegisterFromJson(JSON.stringify({ ...REGISTER, entries: [REGISTER.entries[0], REGISTER.entries[0]] }), 'r.json')).toThrow(/every entry id once/);
    expect(() => riskRegisterFromJson(JSON.stringify({ ...REGISTER, categories: [] }), 'r.json')).toThrow(/category/);
    const csv = riskRegisterToCsv(REGISTER).replace('2026-12-31', '2026-13-01');
    expect(() => riskRegisterFromCsv(csv, 'r.csv')).toThrow(/r\.csv: row 2\.due: expected a date/);
    expect(() => riskRegisterFromCsv('id,title\nx,y\n', 'r.csv')).toThrow(/expected columns category/);
    expect(() => riskRegisterFromCsv(riskRegisterToCsv(REGISTER).replace('2026-11-20 +复查', 'nodate'), 'r.csv')).toThrow(/row 2\.actions/);
  });

  it('merges an import, replacing entries of the same id', () => {
    const merged = mergeRiskRegisters(REGISTER, { v: 1, categories: [], entries: [entry({ id: 'r2', title: 'Changed', category: 'office_land' }), entry({ id: 'r3' })] });
    expect(merged.entries.map((e) => [e.id, e.title])).toEqual([['r1', REGISTER.entries[0]!.title], ['r2', 'Changed'], ['r3', '资金闲置']]);
    expect(parseRiskRegister(merged)).toEqual(merged);
    expect(parseRiskRegister(createEmptyRiskRegister())).toEqual({ v: 1, categories: [], entries: [] });
  });
});

describe('register on the map', () => {
  it('marks live risks by highest level and flags overdue ones', () => {
    const entries = [
      entry({ id: 'a', counties: ['520121', '520122'], level: 2, due: '2026-11-30' }),
      entry({ id: 'b', counties: ['520121'], level: 4, status: 'watching', due: '2027-01-01' }),
      entry({ id: 'c', counties: ['530121'], level: 4, status: 'closed', due: '2020-01-01' }),
    ];
    expect(isRiskOverdue(entries[0]!, '2026-12-01')).toBe(true);
    expect(isRiskOverdue(entries[2]!, '2026-12-01')).toBe(false);
    expect(countyRiskMarks(entries, '2026-12-01')).toEqual([
      { county: '520121', level: 4, count: 2, overdue: true },
      { county: '520122', level: 2, count: 1, overdue: true },
    ]);
  });

  it('turns a monitoring warning into an entry in one step', () => {
    const e = riskEntryFromWarning(
      { adcodes: ['520121', '520121', 'bad'], title: ' 监测户占比上升 ', indicatorId: 'sample:monitored_households', description: '连续两年上升', year: 2024 },
      { id: 'w1', now: '2026-12-01T10:00:00.000Z' },
    );
    expect(e).toMatchObject({ id: 'w1', title: '监测户占比上升', counties: ['520121'], status: 'open', link: { kind: 'warning', id: 'sample:monitored_households@2024' } });
    expect(e.actions).toEqual([{ date: '2026-12-01', text: 'sample:monitored_households · 2024' }]);
    expect(parseRiskRegister({ v: 1, categories: [], entries: [e] }).entries[0]).toEqual(e);
  });
});
