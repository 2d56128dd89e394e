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

const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/import-cli.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('import CLI', () => {
  it('prints exactly one JSON object with --json', () => {
    const out = execFileSync(process.execPath, ['scripts/import-cli.mjs', fixture, '--json', ...lookupArgs], { cwd: root, encoding: 'utf8' });
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
});
