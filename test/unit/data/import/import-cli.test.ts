import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureChanges, fixtureIndex } from '../../../fixtures/import/lookup-fixture';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../../../fixtures/import/two-row-header.csv', import.meta.url));
let dir = '';
let lookupArgs: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  writeFileSync(join(dir, 'counties.json'), JSON.stringify(fixtureIndex()));
  writeFileSync(join(dir, 'changes.json'), JSON.stringify(fixtureChanges()));
  lookupArgs = ['--counties', join(dir, 'counties.json'), '--changes', join(dir, 'changes.json')];
});

const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/import-cli.mjs', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 27 });

describe('import CLI', () => {
  it('prints exactly one JSON object with --json', () => {
    const out = execFileSync(process.execPath, ['scripts/import-cli.mjs', fixture, '--json', ...lookupArgs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 27 });
    const report = JSON.parse(out) as { rows: { line: number; sheet: string | null; status: string; adcode: string | null; candidates: unknown[]; reason: string }[]; summary: { rows: number } };
    expect(report.rows.map((r) => r.line)).toEqual([1, 3, 4, 5, 6, 7, 8, 9]);
    expect(report.rows[3]).toMatchObject({ line: 5, sheet: null, status: 'matched', adcode: '130631', candidates: [] });
    expect(report.summary.rows).toBe(8);
  });

  it('prints a human report without --json', () => {
    const r = cli(fixture, ...lookupArgs);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Rows: 8 — matched/);
    expect(r.stdout).toMatch(/line 6 ambiguous/);
  });

  it('fails clearly: a bad file exits 1 with an error object, bad usage exits 2', () => {
    writeFileSync(join(dir, 'empty.csv'), '');
    const bad = cli(join(dir, 'empty.csv'), '--json', ...lookupArgs);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'empty_file' } });
    const usage = cli('--json');
    expect(usage.status).toBe(2);
    expect(JSON.parse(usage.stdout)).toMatchObject({ error: { code: 'usage' } });
  });

  it('resolves FILE against the directory the command was typed in (npm passes it as INIT_CWD)', () => {
    const fixtures = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url));
    const r = spawnSync(process.execPath, ['scripts/import-cli.mjs', 'two-row-header.csv', '--json', ...lookupArgs], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: fixtures },
    });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { file: { name: string } }).file.name).toBe('two-row-header.csv');
  });

  it('keeps the first 10,000 row reports by default and every one with --all-rows', () => {
    const lines = ['代码,县名,人均收入', ...Array.from({ length: 10_050 }, (_, i) => `130631,望都县,${i}`)];
    writeFileSync(join(dir, 'many.csv'), `${lines.join('\n')}\n`);
    const bounded = JSON.parse(cli(join(dir, 'many.csv'), '--json', ...lookupArgs).stdout) as { rows: unknown[]; summary: { rows: number; rowsOmitted: number } };
    expect(bounded.rows).toHaveLength(10_000);
    expect(bounded.summary.rows).toBe(10_051);
    expect(bounded.summary.rowsOmitted).toBe(51);
    const all = JSON.parse(cli(join(dir, 'many.csv'), '--json', '--all-rows', ...lookupArgs).stdout) as { rows: unknown[] };
    expect(all.rows).toHaveLength(10_051);
  });
});
