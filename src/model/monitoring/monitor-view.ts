/**
 * The monitoring part of the view state (`view.monitor`): the risk index's dimensions (indicator, deprivation
 * cutoff, weight), its poverty cutoff k, and the early-warning thresholds — so a URL, a saved view or a scene holds
 * them. Type, default, schema and URL encoding live here; view-state.ts, view-state-schema.ts and view-url.ts only
 * name them.
 *
 * URL keys (all optional; defaults are omitted):
 *   mk=0.4                      poverty cutoff k of the risk index
 *   mw=income:2,health:0        dimension weights that differ from the default
 *   mc=income:10000             dimension cutoffs that differ from the default
 *   mdim=id~dataset:ind~level|growth~lt|le|gt|ge~cutoff~weight;…   a dimension list other than the default one
 *   mwr=0.1                     warn when a risk score rose at least this much since the previous year
 *   mwp=0.5                     warn when the monitored share rose at least this many percentage points
 */
import * as v from 'valibot';
import type { DeprivationOp } from './alkire-foster';

/** How a dimension reads its indicator: the value itself, or its change on the previous year in %. */
export type DimensionTransform = 'level' | 'growth';

/** One dimension of the risk index. */
export interface MonitorDimension {
  /** Stable id (names the dimension in the URL, the strings table and the CLI output). */
  id: string;
  /** Qualified indicator id, "dataset:indicator". */
  indicator: string;
  transform: DimensionTransform;
  /** Deprived when `value OP cutoff`. */
  op: DeprivationOp;
  cutoff: number;
  /** Relative weight (normalised to sum to 1 by the index); 0 leaves the dimension out. */
  weight: number;
}

/** The monitoring view. */
export interface MonitorView {
  dims: MonitorDimension[];
  /** Poverty cutoff k in (0, 1]: at risk when the weighted deprivation score reaches k. */
  k: number;
  /** Warn when a county's risk score rose by at least this much since the previous year. */
  warnRisk: number;
  /** Warn when a county's monitored-household share rose by at least this many percentage points. */
  warnRelapse: number;
}

/**
 * Default dimensions from the shipped indicators (sample series): income level and its volatility (growth on the
 * previous year), education, health, water, and market access. Employment and disaster exposure have no shipped
 * indicator: an office adds them as dimensions over its own imported columns (mdim=…).
 */
export const DEFAULT_MONITOR_DIMENSIONS: readonly MonitorDimension[] = [
  { id: 'income', indicator: 'sample:rural_income', transform: 'level', op: '<', cutoff: 12000, weight: 1 },
  { id: 'income_volatility', indicator: 'sample:rural_income', transform: 'growth', op: '<', cutoff: 3, weight: 1 },
  { id: 'education', indicator: 'sample:compulsory_completion', transform: 'level', op: '<', cutoff: 95, weight: 1 },
  { id: 'health', indicator: 'sample:clinic_coverage', transform: 'level', op: '<', cutoff: 95, weight: 1 },
  { id: 'water', indicator: 'sample:safe_drinking_water', transform: 'level', op: '<', cutoff: 95, weight: 1 },
  { id: 'market', indicator: 'sample:expressway_minutes', transform: 'level', op: '>', cutoff: 60, weight: 1 },
];

/** Names of the default dimensions (a custom dimension is shown by its id). */
export const DIMENSION_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  income: { zh: '收入水平', en: 'Income level' },
  income_volatility: { zh: '收入波动（增长）', en: 'Income volatility (growth)' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗卫生', en: 'Health' },
  water: { zh: '住房与饮水', en: 'Housing and water' },
  market: { zh: '市场可达性', en: 'Market access' },
  employment: { zh: '就业', en: 'Employment' },
  disaster: { zh: '灾害暴露', en: 'Disaster exposure' },
};

/** The default poverty cutoff: one third of the weighted dimensions, the usual AF choice. */
export const DEFAULT_MONITOR_K = 1 / 3;

/** Creates the default monitoring view. */
export function createDefaultMonitorView(): MonitorView {
  return { dims: DEFAULT_MONITOR_DIMENSIONS.map((d) => ({ ...d })), k: DEFAULT_MONITOR_K, warnRisk: 0.15, warnRelapse: 0.5 };
}

const finite = v.pipe(v.number(), v.finite());

/** Schema of the monitoring view (old views without it read as the default). */
export const monitorViewSchema = v.object({
  dims: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,40}$/)),
        indicator: v.pipe(v.string(), v.regex(/^[a-z0-9_-]{1,40}:[A-Za-z0-9_.-]{1,80}$/)),
        transform: v.picklist(['level', 'growth']),
        op: v.picklist(['<', '<=', '>', '>=']),
        cutoff: finite,
        weight: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)),
      }),
    ),
    v.minLength(1),
    v.maxLength(16),
  ),
  k: v.pipe(v.number(), v.gtValue(0), v.maxValue(1)),
  warnRisk: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  warnRelapse: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
});

// Compile-time proof that the schema and the type agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<v.InferOutput<typeof monitorViewSchema>, MonitorView> = true;
void schemaMatchesType;

const OP_TOKENS: Record<DeprivationOp, string> = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
const TOKEN_OPS: Record<string, DeprivationOp> = { lt: '<', le: '<=', gt: '>', ge: '>=' };
const DECIMAL_RE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function decimal(raw: string | undefined): number | null {
  if (raw === undefined || !DECIMAL_RE.test(raw)) return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

function sameStructure(dims: readonly MonitorDimension[]): boolean {
  return (
    dims.length === DEFAULT_MONITOR_DIMENSIONS.length &&
    dims.every((d, i) => {
      const e = DEFAULT_MONITOR_DIMENSIONS[i]!;
      return d.id === e.id && d.indicator === e.indicator && d.transform === e.transform && d.op === e.op;
    })
  );
}

function short(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

/** Writes the non-default parts of the monitoring view into URL parameters. */
export function encodeMonitorView(view: MonitorView, p: URLSearchParams): void {
  const d = createDefaultMonitorView();
  if (Math.abs(view.k - d.k) > 1e-9) p.set('mk', short(view.k));
  if (sameStructure(view.dims)) {
    const w = view.dims.filter((x, i) => x.weight !== d.dims[i]!.weight).map((x) => `${x.id}:${short(x.weight)}`);
    const c = view.dims.filter((x, i) => x.cutoff !== d.dims[i]!.cutoff).map((x) => `${x.id}:${short(x.cutoff)}`);
    if (w.length) p.set('mw', w.join(','));
    if (c.length) p.set('mc', c.join(','));
  } else {
    p.set('mdim', view.dims.map((x) => [x.id, x.indicator, x.transform, OP_TOKENS[x.op], short(x.cutoff), short(x.weight)].join('~')).join(';'));
  }
  if (view.warnRisk !== d.warnRisk) p.set('mwr', short(view.warnRisk));
  if (view.warnRelapse !== d.warnRelapse) p.set('mwp', short(view.warnRelapse));
}

function parseDims(raw: string): MonitorDimension[] | null {
  const dims: MonitorDimension[] = [];
  for (const part of raw.split(';', 17)) {
    const [id, indicator, transform, op, cutoff, weight] = part.split('~');
    const c = decimal(cutoff);
    const w = decimal(weight);
    if (!id || !indicator || (transform !== 'level' && transform !== 'growth') || !op || !TOKEN_OPS[op] || c === null || w === null) return null;
    dims.push({ id, indicator, transform, op: TOKEN_OPS[op], cutoff: c, weight: w });
  }
  return dims;
}

function applyPairs(raw: string, dims: MonitorDimension[], field: 'weight' | 'cutoff'): boolean {
  for (const pair of raw.split(',', 17)) {
    const [id, value] = pair.split(':');
    const n = decimal(value);
    const dim = dims.find((d) => d.id === id);
    if (!dim || n === null) return false;
    dim[field] = n;
  }
  return true;
}

/**
 * Reads the monitoring view from URL parameters; a bad value keeps the default for its part and is reported. The
 * result is checked by the schema: a view it rejects falls back to the default with a notice.
 */
export function decodeMonitorView(p: URLSearchParams, notices: { key: string; value: string }[]): MonitorView {
  const view = createDefaultMonitorView();
  const bad = (key: string, value: string): void => {
    notices.push({ key, value: value.length > 120 ? `${value.slice(0, 120)}…` : value });
  };
  const mdim = p.get('mdim');
  if (mdim !== null) {
    const dims = parseDims(mdim);
    if (dims) view.dims = dims;
    else bad('mdim', mdim);
  }
  for (const [key, field] of [['mw', 'weight'], ['mc', 'cutoff']] as const) {
    const raw = p.get(key);
    if (raw === null) continue;
    const next = view.dims.map((d) => ({ ...d }));
    if (applyPairs(raw, next, field)) view.dims = next;
    else bad(key, raw);
  }
  for (const [key, field] of [['mk', 'k'], ['mwr', 'warnRisk'], ['mwp', 'warnRelapse']] as const) {
    const raw = p.get(key);
    if (raw === null) continue;
    const n = decimal(raw);
    if (n !== null) view[field] = n;
    else bad(key, raw);
  }
  const checked = v.safeParse(monitorViewSchema, view);
  if (checked.success && view.dims.some((d) => d.weight > 0)) return checked.output;
  bad('monitor', [mdim, p.get('mw'), p.get('mc'), p.get('mk')].filter(Boolean).join(' '));
  return createDefaultMonitorView();
}

/** Sets one dimension's weight or cutoff (pure: returns a new view). */
export function setDimension(view: MonitorView, id: string, patch: Partial<Pick<MonitorDimension, 'weight' | 'cutoff'>>): MonitorView {
  return { ...view, dims: view.dims.map((d) => (d.id === id ? { ...d, ...patch } : d)) };
}
