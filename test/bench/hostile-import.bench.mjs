#!/usr/bin/env node
// Hostile-input benchmark: writes the corpus of test/fixtures/import/hostile at the sizes of issue 18 (50 MB lines,
// 20 M-cell and 2 M-merge spreadsheet bombs…) to a temporary folder, then imports each file in a fresh Node
// process through the CLI's path (a file stream into runImport, public/geo lookup, the CLI's row-report limit) and
// reports wall time, peak resident memory and the outcome. Prints one JSON object. Nothing here is asserted.
//   node test/bench/hostile-import.bench.mjs [--only name,name] [--scale bench|test]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

if (argv[0] === '--write') {
  // Child: generate one corpus file. Kept out of the measuring parent, whose size a child would inherit as its
  // starting peak (Linux keeps ru_maxrss across fork and exec).
  const { hostileCases } = await tsImport(resolve(root, 'test/fixtures/import/hostile/hostile-corpus.ts'), import.meta.url);
  const c = hostileCases(argv[3]).find((x) => x.name === argv[1]);
  writeFileSync(argv[2], c.bytes());
  process.exit(0);
}

if (argv[0] === '--one') {
  // Child: import one file and report time, memory and outcome.
  const file = argv[1];
  const load = (p) => tsImport(resolve(root, p), import.meta.url);
  const { readFileSync, createReadStream } = await import('node:fs');
  const { createCountyLookup } = await load('src/model/geo/county-lookup.ts');
  const { parseAdcodeChangeList } = await load('src/model/geo/adcode-change.ts');
  const { runImport } = await load('src/data/import/run-import.ts');
  const { CLI_ROW_REPORT_LIMIT } = await load('src/data/import/import-limits.ts');
  const lookup = createCountyLookup(
    JSON.parse(readFileSync(resolve(root, 'public/geo/counties.json'), 'utf8')),
    parseAdcodeChangeList(JSON.parse(readFileSync(resolve(root, 'public/geo/changes.json'), 'utf8'))),
  );
  const rssBefore = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const result = await runImport(
    { name: file.replace(/^.*\//, ''), size: statSync(file).size, stream: () => createReadStream(file, { highWaterMark: 1 << 20 }) },
    { lookup, rowReportLimit: CLI_ROW_REPORT_LIMIT },
  );
  const ms = performance.now() - t0;
  process.stdout.write(
    JSON.stringify({
      ms: Math.round(ms),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      baseRssMB: Math.round(rssBefore / 1024),
      ok: result.ok,
      code: result.error?.code ?? null,
      message: result.error?.message.en ?? null,
      rows: result.summary.rows,
      malformed: result.malformed,
    }),
  );
  process.exit(0);
}

const { hostileCases } = await tsImport(resolve(root, 'test/fixtures/import/hostile/hostile-corpus.ts'), import.meta.url);
const only = opt('--only')?.split(',');
const scale = opt('--scale') ?? 'bench';
const dir = mkdtempSync(join(tmpdir(), 'tandem-hostile-'));
const results = {};
try {
  for (const c of hostileCases(scale)) {
    if (only && !only.includes(c.name)) continue;
    const path = join(dir, c.name);
    const made = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--write', c.name, path, scale], { stdio: ['ignore', 'ignore', 2] });
    if (made.status !== 0) throw new Error(`could not write ${c.name}`);
    const bytes = statSync(path).size;
    console.error(`[hostile] ${c.name} (${(bytes / 1048576).toFixed(2)} MB): ${c.probe} …`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', path], { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 24 });
    let measured;
    try {
      measured = JSON.parse(child.stdout);
    } catch {
      measured = { failed: child.error?.message ?? `exit ${child.status} ${child.signal ?? ''}`, stderr: child.stderr.slice(-500) };
    }
    rmSync(path, { force: true });
    results[c.name] = { fileMB: Number((bytes / 1048576).toFixed(2)), expected: c.code ?? 'imported', ...measured };
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify({ scale, results }, null, 2)}\n`);
