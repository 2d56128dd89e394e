#!/usr/bin/env node
// The import pipeline on the command line: `npm run -s import -- FILE [--json] [--sheet NAME] [--year N]
// [--counties PATH] [--changes PATH] [--all-rows]`. FILE and the paths are resolved against the directory the
// command was typed in (npm runs scripts from the package root and passes that directory as INIT_CWD). Row
// reports are kept for the first 10,000 rows (every row is still counted in the summary), so memory stays bounded
// on a 200 MB file; `--all-rows` keeps them all. It runs the same TypeScript as the browser (src/data/import), loaded
// through tsx (a devDependency) so no build step is needed on Node 20. With --json, stdout carries exactly one
// JSON object; everything else goes to stderr. Exit code: 0 imported, 1 the file failed to import, 2 bad usage.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run -s import -- FILE [--json] [--sheet NAME] [--year N] [--counties PATH] [--changes PATH] [--all-rows]';
/** Where the user typed the command: npm changes the working directory to the package root. */
const invokedFrom = process.env.INIT_CWD || process.cwd();

function parseArgs(argv) {
  const opts = { json: false, allRows: false, file: null, sheet: undefined, year: undefined, counties: null, changes: null };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--all-rows') opts.allRows = true;
    else if (a === '--sheet') opts.sheet = argv[++i];
    else if (a === '--year') opts.year = Number(argv[++i]);
    else if (a === '--counties') opts.counties = argv[++i];
    else if (a === '--changes') opts.changes = argv[++i];
    else if (a === '-h' || a === '--help') return null;
    else if (!a.startsWith('--') && opts.file === null) opts.file = a;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

function fail(json, code, en, exit) {
  if (json) process.stdout.write(`${JSON.stringify({ rows: [], summary: null, ok: false, error: { code, message: { zh: en, en } } })}\n`);
  else process.stderr.write(`${en}\n`);
  process.exit(exit);
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (error) {
    fail(process.argv.includes('--json'), 'usage', `${error.message}\n${USAGE}`, 2);
  }
  if (!opts || !opts.file) fail(Boolean(opts?.json), 'usage', USAGE, 2);
  const file = resolve(invokedFrom, opts.file);
  if (!existsSync(file) || !statSync(file).isFile()) fail(opts.json, 'not_found', `no such file: ${opts.file}`, 2);
  const countiesPath = opts.counties ? resolve(invokedFrom, opts.counties) : resolve(root, 'public/geo/counties.json');
  const changesPath = opts.changes ? resolve(invokedFrom, opts.changes) : resolve(root, 'public/geo/changes.json');
  for (const p of [countiesPath, changesPath]) {
    if (!existsSync(p)) fail(opts.json, 'no_lookup', `missing ${p}: build the boundaries first (npm run build:geo)`, 2);
  }
  const { createCountyLookup } = await tsImport(resolve(root, 'src/model/geo/county-lookup.ts'), import.meta.url);
  const { parseAdcodeChangeList } = await tsImport(resolve(root, 'src/model/geo/adcode-change.ts'), import.meta.url);
  const { runImport } = await tsImport(resolve(root, 'src/data/import/run-import.ts'), import.meta.url);
  const { reportJson, reportText } = await tsImport(resolve(root, 'src/data/import/format-report.ts'), import.meta.url);
  const { parseCountyIndex } = await tsImport(resolve(root, 'src/model/geo/county.ts'), import.meta.url);
  let lookup;
  try {
    // Both files may be the user's own (--counties, --changes): checked by their schemas, errors name file and path.
    const readJson = (p) => {
      try {
        return JSON.parse(readFileSync(p, 'utf8'));
      } catch (error) {
        throw new Error(`${p}: not JSON (${error.message})`, { cause: error });
      }
    };
    lookup = createCountyLookup(parseCountyIndex(readJson(countiesPath), countiesPath), parseAdcodeChangeList(readJson(changesPath), changesPath));
  } catch (error) {
    fail(opts.json, 'no_lookup', error.message, 2);
  }
  const source = {
    name: basename(file),
    size: statSync(file).size,
    stream: () => createReadStream(file, { highWaterMark: 1 << 20 }),
  };
  const overrides = {};
  if (opts.sheet !== undefined) overrides.sheet = opts.sheet;
  if (Number.isInteger(opts.year)) overrides.year = opts.year;
  const { CLI_ROW_REPORT_LIMIT } = await tsImport(resolve(root, 'src/data/import/import-limits.ts'), import.meta.url);
  const result = await runImport(source, { lookup, overrides, ...(opts.allRows ? {} : { rowReportLimit: CLI_ROW_REPORT_LIMIT }) });
  if (opts.json) process.stdout.write(`${JSON.stringify(reportJson(result))}\n`);
  else process.stdout.write(`${reportText(result)}\n`);
  process.exitCode = result.ok ? 0 : 1;
}

main().catch((error) => {
  fail(process.argv.includes('--json'), 'internal', `import failed: ${error?.stack ?? error}`, 1);
});
