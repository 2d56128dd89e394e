import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/monitor-cli.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root }, maxBuffer: 1 << 26 });

interface ExitOut { ok: boolean; counties: { adcode: string; status: string; criteria: { id: string; status: string; value: number | null; line: number | null; distance: number | null }[] }[] }
interface IndexOut {
  ok: boolean; year: number;
  counties: { adcode: string; score: number | null; atRisk: boolean | null; deprived: string[] }[];
  aggregates: { nation: { n: number; q: number; H: number; A: number; M0: number; contributions: Record<string, number> }; provinces: Record<string, { q: number }> };
}

// Each case spawns Node with tsx (several seconds each on a loaded machine).
const CLI_TIMEOUT_MS = 120_000;

describe('monitor CLI', () => {
  it('exit: evaluates the county-exit rule set on an imported table (west line, missing input = no data)', () => {
    const r = cli('exit', 'test/fixtures/monitor/exit-2019.csv', '--year', '2019', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as ExitOut;
    const by = new Map(out.counties.map((c) => [c.adcode, c]));
    expect(by.get('513232')!.status).toBe('pass'); // west: 2.5 < 3
    expect(by.get('513232')!.criteria[0]).toEqual({ id: 'poverty_incidence', status: 'pass', value: 2.5, line: 3, distance: -0.5 });
    expect(by.get('330102')!.status).toBe('fail'); // wrongly exited 2.5, missed 2.0: not below 2
    expect(by.get('520102')!.criteria.find((c) => c.id === 'wrong_exit_rate')!.status).toBe('no_data');
    expect(by.get('520102')!.status).toBe('no_data');
  }, CLI_TIMEOUT_MS);

  it('index: scores, at risk, deprivations and aggregates (weights 2:1:1, k = 0.5)', () => {
    const r = cli('index', 'test/fixtures/monitor/index-2022.csv', '--dim', 'rural_income:lt:12000:2', '--dim', 'clinic_coverage:<:95:1',
      '--dim', 'expressway_minutes:gt:60:1', '--k', '0.5', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as IndexOut;
    expect(out.year).toBe(2022);
    const by = new Map(out.counties.map((c) => [c.adcode, c]));
    expect(by.get('513232')).toEqual({ adcode: '513232', score: 1, atRisk: true, deprived: ['rural_income', 'clinic_coverage', 'expressway_minutes'] });
    expect(by.get('520102')).toEqual({ adcode: '520102', score: 0.5, atRisk: true, deprived: ['rural_income'] }); // k exactly at the score
    expect(by.get('330102')!.atRisk).toBe(false);
    const n = out.aggregates.nation;
    expect(n.q).toBe(2);
    expect(n.M0).toBeCloseTo(n.H * n.A, 5);
    expect(Object.values(n.contributions).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 4);
    expect(out.aggregates.provinces['510000']!.q).toBe(1);
  }, CLI_TIMEOUT_MS);

  it('fails clearly on bad usage', () => {
    const r = cli('index', 'test/fixtures/monitor/index-2022.csv', '--dim', 'rural_income:~:1:1', '--k', '0.5', '--json');
    expect(r.status).toBe(2);
    expect((JSON.parse(r.stdout) as { error: { message: string } }).error.message).toMatch(/OP must be/);
    const missing = cli('index', 'test/fixtures/monitor/index-2022.csv', '--dim', 'nope:lt:1:1', '--k', '0.5', '--json');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain('no such column: nope');
    expect(cli('exit', 'test/fixtures/monitor/exit-2019.csv', '--json').status).toBe(2);
  }, CLI_TIMEOUT_MS);
});
