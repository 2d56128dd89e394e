/**
 * The derived monitoring dataset (`monitor:*`) as a DatasetEntry of origin 'derived': its manifest comes from the
 * input manifests at once; each column is computed on first request from the other datasets' columns (aligned to
 * its counties by adcode) with the same engine as the CLI. A new entry is built whenever the monitoring view, the
 * margin or the datasets change, so caches keyed by the loader recompute and the panes re-colour.
 */
import type { DatasetEntry, DatasetSource } from '../model/indicators/dataset-entry';
import { datasetKind, splitIndicatorId, type IndicatorMeta, type IndicatorValues } from '../model/indicators/dataset';
import type { RuleSet } from '../model/rules/rule-set';
import { DIMENSION_NAMES, type MonitorView } from '../model/monitoring/monitor-view';
import { buildMonitorManifest, EXIT_STATUS_YEARS, MONITOR_DATASET_ID } from '../model/monitoring/monitor-manifest';
import { dimensionColumn, dimensionYears, relapseShareColumns, riskColumns, ruleInputs, ruleStatusColumns } from '../model/monitoring/monitor-columns';
import { alignIndicatorValues, buildAlignment } from './indicator-cache';

/** The rule sets the dataset evaluates. */
export interface MonitorRuleSets {
  countyExit: RuleSet;
  relapse: RuleSet;
}

/** Inputs of createMonitorDataset. */
export interface MonitorDatasetOptions {
  /** Every dataset the app has (derived ones are skipped as inputs). */
  datasets: readonly DatasetEntry[];
  /** County order of the derived columns (the map's). */
  counties: readonly string[];
  geoVintage: string;
  view: MonitorView;
  /** Near margin of the rule sets (the view's exitMargin). */
  margin: number;
  /** The rule sets, loaded on first need. */
  rules: () => Promise<MonitorRuleSets>;
}

const RELAPSE_TYPE_IDS = ['monitored_unstable_share', 'monitored_marginal_share', 'monitored_sudden_share', 'monitored_share'];
const EXIT_INPUT_IDS = ['poverty_incidence', 'wrong_exit_rate', 'missed_identification_rate', 'approval_rate'];

interface Resolved {
  entry: DatasetEntry;
  meta: IndicatorMeta;
}

/** The dataset supplying an unqualified indicator id: the most recently added (an import before the shipped sample). */
export function resolveUnqualified(datasets: readonly DatasetEntry[], id: string): Resolved | undefined {
  for (let i = datasets.length - 1; i >= 0; i--) {
    const entry = datasets[i]!;
    if (entry.origin === 'derived') continue;
    const meta = entry.manifest.indicators.find((m) => m.id === id);
    if (meta) return { entry, meta };
  }
  return undefined;
}

function resolveQualified(datasets: readonly DatasetEntry[], qualified: string): Resolved | undefined {
  const { datasetId, indicatorId } = splitIndicatorId(qualified);
  const entry = datasets.find((d) => d.id === datasetId && d.origin !== 'derived');
  const meta = entry?.manifest.indicators.find((m) => m.id === indicatorId);
  return entry && meta ? { entry, meta } : undefined;
}

/** A number per dataset entry object, so a cache key can say "these very inputs". */
const entrySerial = new WeakMap<DatasetEntry, number>();
let nextSerial = 1;
function serialOf(entry: DatasetEntry): number {
  let n = entrySerial.get(entry);
  if (n === undefined) entrySerial.set(entry, (n = nextSerial++));
  return n;
}

/**
 * Rule-status columns do not depend on the index's weights, so they are kept across rebuilds (a weight drag must not
 * re-run the rule engine over every county): keyed by rule set, margin, counties and the input entries.
 */
const ruleColumnCache = new Map<string, Promise<IndicatorValues>>();
const RULE_CACHE_MAX = 16;

function cachedRuleColumns(key: string, compute: () => Promise<IndicatorValues>): Promise<IndicatorValues> {
  let p = ruleColumnCache.get(key);
  if (!p) {
    if (ruleColumnCache.size >= RULE_CACHE_MAX) ruleColumnCache.delete(ruleColumnCache.keys().next().value!);
    p = compute();
    p.catch(() => ruleColumnCache.delete(key));
    ruleColumnCache.set(key, p);
  }
  return p;
}

/** Builds the derived monitoring dataset entry. */
export function createMonitorDataset(options: MonitorDatasetOptions): DatasetEntry {
  const { datasets, view, margin } = options;
  const counties = [...options.counties];
  const dimInputs = view.dims.map((d) => resolveQualified(datasets, d.indicator));
  // A dimension whose indicator no dataset has is left out of the index (as with weight 0) rather than leaving
  // every county incomplete; the provenance note names it.
  const dims = view.dims.map((d, j) => (dimInputs[j] ? d : { ...d, weight: 0 }));
  const absent = view.dims.filter((_, j) => !dimInputs[j]).map((d) => d.id);
  const exitInputs = new Map(EXIT_INPUT_IDS.map((id) => [id, resolveUnqualified(datasets, id)] as const));
  const relapseInputs = new Map(RELAPSE_TYPE_IDS.map((id) => [id, resolveUnqualified(datasets, id)] as const));
  const riskYears = (() => {
    let years: number[] | null = null;
    dims.forEach((d, j) => {
      if (d.weight === 0) return;
      const m = dimInputs[j]?.meta;
      const fake: IndicatorValues = { id: d.id, years: m?.years ?? [], byYear: new Map((m?.years ?? []).map((y) => [y, new Float32Array(0)])) };
      const ys = dimensionYears(fake, d.transform);
      years = years === null ? ys : years.filter((y) => ys.includes(y));
    });
    return years ?? [];
  })();
  const relapseYears = [...new Set([...relapseInputs.values()].flatMap((r) => r?.meta.years ?? []))].sort((a, b) => a - b);
  const used = [
    ...dims.map((d, j) => (d.weight > 0 ? dimInputs[j] : undefined)),
    ...exitInputs.values(),
    ...relapseInputs.values(),
  ].filter((r): r is Resolved => r !== undefined);
  const sources = [...new Set(used.map((r) => r.entry.id))];
  const manifest = buildMonitorManifest({
    counties,
    geoVintage: options.geoVintage,
    riskYears,
    relapseYears,
    hasExitInputs: [...exitInputs.values()].some((r) => r && r.meta.id !== 'poverty_incidence'),
    sources,
    anySample: used.some((r) => datasetKind(r.entry.manifest) === 'sample'),
    dimensionNames: DIMENSION_NAMES,
    dimensionUnits: Object.fromEntries(
      view.dims.map((d, j) => [d.id, d.transform === 'growth' ? { zh: '%', en: '%' } : (dimInputs[j]?.meta.unitLabel ?? { zh: '—', en: '—' })]),
    ),
    view: { ...view, dims },
    margin,
    absentDimensions: absent,
  });

  const alignments = new Map<DatasetSource, Int32Array | null>();
  const load = async (r: Resolved | undefined): Promise<IndicatorValues | undefined> => {
    if (!r) return undefined;
    try {
      const values = await r.entry.loader.loadIndicator(r.meta.id);
      let alignment = alignments.get(r.entry.loader);
      if (alignment === undefined) {
        alignment = buildAlignment(r.entry.manifest.counties, counties);
        alignments.set(r.entry.loader, alignment);
      }
      return alignIndicatorValues(values, alignment);
    } catch {
      return undefined; // a missing input is "no data", never a failure of the whole dataset
    }
  };
  const loadMap = async (inputs: ReadonlyMap<string, Resolved | undefined>): Promise<Map<string, IndicatorValues>> => {
    const out = new Map<string, IndicatorValues>();
    await Promise.all([...inputs].map(async ([id, r]) => {
      const v = await load(r);
      if (v) out.set(id, v);
    }));
    return out;
  };

  let risk: Promise<Map<string, IndicatorValues>> | null = null;
  const riskAll = (): Promise<Map<string, IndicatorValues>> =>
    (risk ??= Promise.all(dimInputs.map(load)).then((inputs) => {
      const r = riskColumns(dims, inputs, view.k, counties.length);
      const out = new Map<string, IndicatorValues>([['risk_score', r.score], ['at_risk', r.atRisk], ['deprivations', r.deprivations]]);
      dims.forEach((d, j) => {
        const byYear = new Map<number, Float32Array>();
        const input = inputs[j];
        for (const y of r.years) {
          const column = input ? dimensionColumn(input, d.transform, y) : undefined;
          if (column) byYear.set(y, column);
        }
        out.set(`dim_${d.id}`, { id: `dim_${d.id}`, years: [...byYear.keys()], byYear });
      });
      return out;
    }));

  let rules: Promise<MonitorRuleSets> | null = null;
  const ruleSets = (): Promise<MonitorRuleSets> => (rules ??= options.rules());

  const inputsKey = [
    counties.length, counties[0], counties.at(-1), margin,
    ...[...exitInputs.values(), ...relapseInputs.values()].map((r) => (r ? serialOf(r.entry) : 0)),
    ...datasets.filter((d) => d.origin !== 'derived').map(serialOf),
  ].join('|');

  const exitStatus = (): Promise<IndicatorValues> => cachedRuleColumns(`exit|${inputsKey}`, async () => {
    const { countyExit } = await ruleSets();
    const wanted = new Map(ruleInputs(countyExit).map((id) => [id, exitInputs.get(id) ?? resolveUnqualified(datasets, id)] as const));
    return ruleStatusColumns(countyExit, counties, EXIT_STATUS_YEARS, await loadMap(wanted), margin, 'exit_status');
  });

  let relapse: Promise<IndicatorValues> | null = null;
  const relapseShare = (): Promise<IndicatorValues> =>
    (relapse ??= loadMap(relapseInputs).then((inputs) => relapseShareColumns(inputs, relapseYears, counties.length)));

  const relapseStatus = (): Promise<IndicatorValues> => cachedRuleColumns(`relapse|${inputsKey}`, async () => {
    const { relapse: set } = await ruleSets();
    const share = await relapseShare();
    const others = new Map(ruleInputs(set).filter((id) => id !== 'monitored_share').map((id) => [id, resolveUnqualified(datasets, id)] as const));
    const inputs = await loadMap(others);
    // The rule's monitored share is the three types summed, so a table with only the types still works.
    inputs.set('monitored_share', share);
    return ruleStatusColumns(set, counties, share.years, inputs, margin, 'relapse_status');
  });

  const loader: DatasetSource = {
    manifest,
    async loadIndicator(id) {
      if (!manifest.indicators.some((m) => m.id === id)) throw new Error(`Dataset ${MONITOR_DATASET_ID} has no indicator ${id}`);
      if (id === 'exit_status') return exitStatus();
      if (id === 'relapse_share') return relapseShare();
      if (id === 'relapse_status') return relapseStatus();
      const found = (await riskAll()).get(id);
      if (!found) throw new Error(`Dataset ${MONITOR_DATASET_ID} has no indicator ${id}`);
      return found;
    },
    loadAttributes: () => Promise.resolve(new Map()),
  };
  return { id: MONITOR_DATASET_ID, manifest, loader, origin: 'derived' };
}
