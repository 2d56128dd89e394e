#!/usr/bin/env node
// Monitoring on the command line, the same engine as the app (src/model/monitoring, src/model/rules), over any table
// the import pipeline reads (matched to counties the same way):
//   npm run -s monitor -- index FILE --dim COLUMN:OP:CUTOFF:WEIGHT [--dim …] --k K [--year Y] [--json]
//   npm run -s monitor -- exit FILE --year Y [--margin M] [--rules PATH] [--json]
// OP is < <= > >= (or lt le gt ge, which need no shell quoting). FILE and paths are resolved against the directory the
// command was typed in (INIT_CWD). With --json, stdout carries exactly one JSON object. Exit code: 0 done, 1 the file
// failed to import, 2 bad usage.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = [
  'usage: npm run -s monitor -- index FILE --dim COLUMN:OP:CUTOFF:WEIGHT [--dim …] --k K [--year Y] [--json]',
  '       npm run -s monitor -- exit FILE --year Y [--margin M] [--rules PATH] [--json]',
].join('\n');
const invokedFrom = process.env.INIT_CWD || process.cwd();
const ts = (path) => tsImport(resolve(root, path), import.meta.url);

function parseArgs(argv) {
  const opts = { command: argv[0], file: null, dims: [], k: undefined, year: undefined, margin: 0, rules: null, json: false };
  for (let i = 1; i < argv.length; i += 1) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--json') opts.json = true;
    else if (a === '--dim') opts.dims.push(value());
    else if (a === '--k') opts.k = Number(value());
    else if (a === '--year') opts.year = Number(value());
    else if (a === '--margin') opts.margin = Number(value());
    else if (a === '--rules') opts.rules = value();
    else if (a === '-h' || a === '--help') return null;
    else if (!a.startsWith('--') && opts.file === null) opts.file = a;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

function fail(json, code, message, exit) {
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: { code, message } })}\n`);
  else process.stderr.write(`${message}\n`);
  process.exit(exit);
}

async function importTable(file, year, json) {
  const { createCountyLookup } = await ts('src/model/geo/county-lookup.ts');
  const { parseAdcodeChangeList } = await ts('src/model/geo/adcode-change.ts');
  const { parseCountyIndex } = await ts('src/model/geo/county.ts');
  const { runImport } = await ts('src/data/import/run-import.ts');
  const read = (p) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
  const lookup = createCountyLookup(parseCountyIndex(read('public/geo/counties.json')), parseAdcodeChangeList(read('public/geo/changes.json')));
  const source = { name: basename(file), size: statSync(file).size, stream: () => createReadStream(file, { highWaterMark: 1 << 20 }) };
  const result = await runImport(source, { lookup, overrides: Number.isInteger(year) ? { year } : {}, rowReportLimit: 0 });
  if (!result.ok || !result.dataset) fail(json, result.error?.code ?? 'import', `import failed: ${result.error?.message?.en ?? result.error?.code ?? 'unknown'}`, 1);
  process.stderr.write(`${basename(file)}: ${result.summary.matched} rows matched to ${result.summary.counties} counties, ${result.summary.unmatched} unmatched\n`);
  return result.dataset;
}

function printText(command, out) {
  if (command === 'index') {
    const n = out.aggregates.nation;
    console.log(`year ${out.year ?? '—'} · k = ${out.k} · weights ${JSON.stringify(out.weights)}`);
    console.log(`nation: n ${n.n}, at risk ${n.q}, H ${n.H}, A ${n.A}, M0 ${n.M0}`);
    for (const [id, c] of Object.entries(n.contributions)) console.log(`  ${id}: ${c}%`);
    for (const c of out.counties.filter((x) => x.atRisk)) console.log(`${c.adcode}  ${c.score}  ${c.deprived.join(', ')}`);
  } else {
    console.log(`${out.ruleSet.id} ${out.ruleSet.version} · year ${out.year} · ${JSON.stringify(out.summary)}`);
    for (const c of out.counties) console.log(`${c.adcode}  ${c.status}  ${c.criteria.map((x) => `${x.id}=${x.status}`).join(' ')}`);
  }
}

async function main() {
  let opts;
  const json = process.argv.includes('--json');
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (error) {
    fail(json, 'usage', `${error.message}\n${USAGE}`, 2);
  }
  if (!opts || !opts.file || (opts.command !== 'index' && opts.command !== 'exit')) fail(json, 'usage', USAGE, 2);
  const file = resolve(invokedFrom, opts.file);
  if (!existsSync(file) || !statSync(file).isFile()) fail(opts.json, 'not_found', `no such file: ${opts.file}`, 2);
  const { parseDimensionArg, runIndexCommand, runExitCommand } = await ts('src/data/monitor-table.ts');
  let out;
  if (opts.command === 'index') {
    let dims;
    try {
      dims = opts.dims.map(parseDimensionArg);
      if (dims.length === 0) throw new Error('give at least one --dim COLUMN:OP:CUTOFF:WEIGHT');
      if (!(opts.k > 0 && opts.k <= 1)) throw new Error('--k must be in (0, 1]');
    } catch (error) {
      fail(opts.json, 'usage', `${error.message}\n${USAGE}`, 2);
    }
    const built = await importTable(file, opts.year, opts.json);
    try {
      out = runIndexCommand(built, dims, opts.k, Number.isInteger(opts.year) ? opts.year : undefined);
    } catch (error) {
      fail(opts.json, 'usage', error.message, 2);
    }
  } else {
    if (!Number.isInteger(opts.year)) fail(opts.json, 'usage', `exit needs --year Y\n${USAGE}`, 2);
    const { parseRuleSet } = await ts('src/model/rules/rule-set.ts');
    const rulesPath = opts.rules ? resolve(invokedFrom, opts.rules) : resolve(root, 'public/data/rules/county-exit.json');
    let set;
    try {
      set = parseRuleSet(JSON.parse(readFileSync(rulesPath, 'utf8')), rulesPath);
    } catch (error) {
      fail(opts.json, 'rules', error.message, 2);
    }
    const built = await importTable(file, opts.year, opts.json);
    out = runExitCommand(built, set, opts.year, Number.isFinite(opts.margin) ? opts.margin : 0);
  }
  if (opts.json) process.stdout.write(`${JSON.stringify({ ok: true, ...out })}\n`);
  else printText(opts.command, out);
}

main().catch((error) => fail(process.argv.includes('--json'), 'internal', `monitor failed: ${error?.stack ?? error}`, 1));
