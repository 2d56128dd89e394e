/**
 * The monitoring commands over an imported table (`npm run -s monitor -- index|exit FILE …`): the table's columns
 * as the import pipeline built them (matched to counties the same way), fed to the same Alkire–Foster index and rule
 * engine as the app. Pure over a BuiltDataset, so the CLI and the unit tests share it.
 */
import type { BuiltDataset } from './import/build-dataset';
import { aggregate, checkK, scoreUnits, type AfAggregate, type AfDimension, type DeprivationOp } from '../model/monitoring/alkire-foster';
import { evaluateRuleSet, flattenResults, type RuleStatus } from '../model/rules/rule-engine';
import type { RuleSet } from '../model/rules/rule-set';
import { regionOfAdcode } from '../model/geo/region';
import { indicatorIdFor } from './import/slug-id';

/** One `--dim COLUMN:OP:CUTOFF:WEIGHT`. */
export interface DimensionArg {
  column: string;
  op: DeprivationOp;
  cutoff: number;
  weight: number;
}

const OPS: Record<string, DeprivationOp> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** Parses `COLUMN:OP:CUTOFF:WEIGHT` (OP one of < <= > >= or lt le gt ge); throws a message naming the bad part. */
export function parseDimensionArg(raw: string): DimensionArg {
  const parts = raw.split(':');
  if (parts.length < 4) throw new Error(`--dim ${raw}: expected COLUMN:OP:CUTOFF:WEIGHT`);
  const [weight, cutoff, op] = [parts.pop()!, parts.pop()!, parts.pop()!];
  const column = parts.join(':');
  const o = OPS[op];
  const c = Number(cutoff);
  const w = Number(weight);
  if (!column) throw new Error(`--dim ${raw}: no column`);
  if (!o) throw new Error(`--dim ${raw}: OP must be one of < <= > >= (or lt le gt ge)`);
  if (cutoff.trim() === '' || !Number.isFinite(c)) throw new Error(`--dim ${raw}: CUTOFF must be a number`);
  if (weight.trim() === '' || !Number.isFinite(w) || w < 0) throw new Error(`--dim ${raw}: WEIGHT must be a number ≥ 0`);
  return { column, op: o, cutoff: c, weight: w };
}

/** A table column: its values by year (null = the table has no year), in the table's county order. */
interface TableColumn {
  byYear: Map<number | null, Float32Array>;
}

/** Columns of an imported table by every name they answer to (id, header, slug). */
export function tableColumns(built: BuiltDataset): { counties: string[]; find: (name: string) => TableColumn | undefined; years: number[] } {
  const byName = new Map<string, TableColumn>();
  const add = (names: string[], column: TableColumn) => {
    for (const n of names) if (!byName.has(n)) byName.set(n, column);
  };
  const toColumn = (cells: readonly (number | null | string | undefined)[]) => Float32Array.from(cells, (x) => (typeof x === 'number' ? x : Number.NaN));
  for (const meta of built.manifest.indicators) {
    const file = built.files[meta.file] as { indicators?: { id: string; years: number[]; values: (number | null)[][] }[] } | undefined;
    const found = file?.indicators?.find((i) => i.id === meta.id);
    if (!found) continue;
    const byYear = new Map<number | null, Float32Array>(found.years.map((y, k) => [y, toColumn(found.values[k]!)]));
    add([meta.id, meta.name.zh, meta.name.en], { byYear });
  }
  const attributes = built.files['attributes.json'] as { attributes?: { id: string; values: (number | string | null)[] }[] } | undefined;
  for (const meta of built.manifest.attributes) {
    const found = attributes?.attributes?.find((a) => a.id === meta.id);
    if (meta.kind === 'number' && found) add([meta.id, meta.name.zh, meta.name.en], { byYear: new Map([[null, toColumn(found.values)]]) });
  }
  return {
    counties: built.manifest.counties,
    years: built.manifest.years,
    find: (name) => byName.get(name) ?? byName.get(indicatorIdFor(name)),
  };
}

/** A column's values in a year: that year's, or the table's year-less values. */
function columnAt(column: TableColumn | undefined, year: number | null): Float32Array | undefined {
  if (!column) return undefined;
  return (year !== null ? column.byYear.get(year) : undefined) ?? column.byYear.get(null);
}

/** The year to evaluate: the one asked for, else the latest year every needed column has (null: a year-less table). */
function chooseYear(columns: (TableColumn | undefined)[], asked: number | undefined): number | null {
  if (asked !== undefined) return asked;
  const sets = columns.filter((c): c is TableColumn => c !== undefined).map((c) => [...c.byYear.keys()].filter((y): y is number => y !== null));
  const common = sets.length ? sets.reduce((a, b) => a.filter((y) => b.includes(y))) : [];
  return common.length ? Math.max(...common) : null;
}

/** JSON-friendly number: NaN becomes null; rounded to 6 decimals. */
function num(x: number): number | null {
  return Number.isNaN(x) ? null : Math.round(x * 1e6) / 1e6;
}

function plainAggregate(a: AfAggregate) {
  const contributions = Object.fromEntries(Object.entries(a.contributions).map(([k, v]) => [k, num(v)]));
  return { n: a.n, q: a.q, H: num(a.H), A: num(a.A), M0: num(a.M0), contributions };
}

/** `monitor index`: per county { adcode, score, atRisk, deprived }, aggregates for the nation and each province. */
export function runIndexCommand(built: BuiltDataset, args: readonly DimensionArg[], k: number, year?: number) {
  if (args.length === 0) throw new Error('give at least one --dim COLUMN:OP:CUTOFF:WEIGHT');
  checkK(k);
  const table = tableColumns(built);
  const found = args.map((d) => table.find(d.column));
  const missing = args.filter((_, j) => !found[j]).map((d) => d.column);
  if (missing.length) throw new Error(`no such column: ${missing.join(', ')}`);
  const y = chooseYear(found, year);
  const columns = found.map((c) => columnAt(c, y) ?? new Float32Array(table.counties.length).fill(Number.NaN));
  const dims: AfDimension[] = args.map((d) => ({ id: d.column, op: d.op, cutoff: d.cutoff, weight: d.weight }));
  const scores = scoreUnits(columns, dims, k);
  const ids = dims.map((d) => d.id);
  const byProvince = new Map<string, number[]>();
  table.counties.forEach((a, i) => {
    const p = `${a.slice(0, 2)}0000`;
    byProvince.set(p, [...(byProvince.get(p) ?? []), i]);
  });
  return {
    year: y,
    k,
    weights: Object.fromEntries(ids.map((id, j) => [id, num(scores.weights[j]!)])),
    counties: table.counties.map((adcode, i) => ({
      adcode,
      score: num(scores.score[i]!),
      atRisk: Number.isNaN(scores.atRisk[i]!) ? null : scores.atRisk[i] === 1,
      deprived: ids.filter((_, j) => scores.deprived[j]![i] === 1),
    })),
    aggregates: {
      nation: plainAggregate(aggregate(scores, ids)),
      provinces: Object.fromEntries([...byProvince].sort(([a], [b]) => a.localeCompare(b)).map(([p, members]) => [p, plainAggregate(aggregate(scores, ids, members))])),
    },
  };
}

/** `monitor exit`: the county-exit rule set for each county of the table in `year`. */
export function runExitCommand(built: BuiltDataset, set: RuleSet, year: number, margin = 0) {
  const table = tableColumns(built);
  const counties = table.counties.map((adcode, i) => {
    const result = evaluateRuleSet(set, {
      region: regionOfAdcode(adcode),
      province: adcode,
      year,
      margin,
      valueFor: (id) => {
        const v = columnAt(table.find(id), year)?.[i];
        return v === undefined || Number.isNaN(v) ? undefined : v;
      },
    });
    return {
      adcode,
      status: result.status as RuleStatus,
      criteria: flattenResults(result.criteria).map((c) => ({ id: c.id, status: c.status, value: num(c.value), line: num(c.line), distance: num(c.distance) })),
    };
  });
  const counts: Record<string, number> = {};
  for (const c of counties) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return { year, ruleSet: { id: set.id, version: set.version, inForce: set.inForce }, summary: counts, counties };
}
