/**
 * Loads a dataset: the manifest first, each column file when first needed. Parsing (unknown JSON → typed
 * values) is pure and separate from fetching so Node tests and the import CLI use the same code.
 */
import {
  DATASET_SCHEMA_VERSION,
  type Aggregation,
  type AttributeMeta,
  type DatasetManifest,
  type IndicatorMeta,
  type IndicatorValues,
  type LocalText,
} from '../model/dataset';

import type { AttributeValues, DatasetSource } from '../model/dataset-entry';

export type { AttributeValues } from '../model/dataset-entry';

type Json = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new Error(`Invalid dataset file at ${where}: ${what}`);
}
function isRecord(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function obj(x: unknown, where: string): Json {
  return isRecord(x) ? x : fail(where, 'expected an object');
}
function str(x: unknown, where: string): string {
  return typeof x === 'string' ? x : fail(where, 'expected a string');
}
function arr(x: unknown, where: string): unknown[] {
  return Array.isArray(x) ? x : fail(where, 'expected an array');
}
function text(x: unknown, where: string): LocalText {
  const o = obj(x, where);
  return { zh: str(o.zh, `${where}.zh`), en: str(o.en, `${where}.en`) };
}
function years(x: unknown, where: string): number[] {
  return arr(x, where).map((y, i) => (Number.isInteger(y) ? (y as number) : fail(`${where}[${i}]`, 'expected a year')));
}
function oneOf<T extends string>(x: unknown, allowed: readonly T[], where: string): T {
  return allowed.find((a) => a === x) ?? fail(where, `expected one of ${allowed.join(', ')}`);
}

const METHODS = ['weighted_mean', 'mean', 'median', 'sum', 'min', 'max'] as const;
const UNITS = ['percent', 'persons', 'yuan_per_year', 'minutes', 'wan_yuan', 'yi_yuan', 'count', 'ratio', 'km', 'year', 'other'] as const;
const THEMES = ['poverty', 'income', 'transport', 'water', 'network', 'education', 'health', 'ecology', 'partnership', 'population', 'other'] as const;
const POLARITIES = ['higher_better', 'lower_better', 'neutral'] as const;
const KINDS = ['sample', 'real', 'facts'] as const;
const EXTRA_KINDS = ['links', 'records', 'sector_panel', 'rules'] as const;

function aggregation(x: unknown, where: string): Aggregation {
  const o = obj(x, where);
  const method = oneOf(o.method, METHODS, `${where}.method`);
  return method === 'weighted_mean' ? { method, weight: str(o.weight, `${where}.weight`) } : { method };
}

/** Validates one indicator entry of a manifest. */
export function parseIndicatorMeta(x: unknown, where = 'indicator'): IndicatorMeta {
  const o = obj(x, where);
  const meta: IndicatorMeta = {
    id: str(o.id, `${where}.id`),
    name: text(o.name, `${where}.name`),
    definition: text(o.definition, `${where}.definition`),
    unit: oneOf(o.unit, UNITS, `${where}.unit`),
    unitLabel: text(o.unitLabel, `${where}.unitLabel`),
    theme: oneOf(o.theme, THEMES, `${where}.theme`),
    polarity: oneOf(o.polarity, POLARITIES, `${where}.polarity`),
    years: years(o.years, `${where}.years`),
    level: 'county',
    aggregation: aggregation(o.aggregation, `${where}.aggregation`),
    source: text(o.source, `${where}.source`),
    vintage: str(o.vintage, `${where}.vintage`),
    file: str(o.file, `${where}.file`),
  };
  if (o.domain !== undefined) {
    const d = arr(o.domain, `${where}.domain`);
    if (d.length !== 2 || typeof d[0] !== 'number' || typeof d[1] !== 'number') fail(`${where}.domain`, 'expected [min, max]');
    meta.domain = [d[0], d[1]];
  }
  if (o.categories !== undefined) {
    meta.categories = arr(o.categories, `${where}.categories`).map((c, i) => {
      const co = obj(c, `${where}.categories[${i}]`);
      if (typeof co.value !== 'number') fail(`${where}.categories[${i}].value`, 'expected a number');
      return { value: co.value, label: text(co.label, `${where}.categories[${i}].label`) };
    });
  }
  if (o.thresholds !== undefined) {
    meta.thresholds = arr(o.thresholds, `${where}.thresholds`).map((t, i) => ({ ruleId: str(obj(t, `${where}.thresholds[${i}]`).ruleId, `${where}.thresholds[${i}].ruleId`) }));
  }
  return meta;
}

function attributeMeta(x: unknown, where: string): AttributeMeta {
  const o = obj(x, where);
  const meta: AttributeMeta = {
    id: str(o.id, `${where}.id`),
    name: text(o.name, `${where}.name`),
    kind: oneOf(o.kind, ['number', 'category'] as const, `${where}.kind`),
    file: str(o.file, `${where}.file`),
  };
  if (o.categories !== undefined) {
    meta.categories = arr(o.categories, `${where}.categories`).map((c, i) => {
      const co = obj(c, `${where}.categories[${i}]`);
      return { value: str(co.value, `${where}.categories[${i}].value`), label: text(co.label, `${where}.categories[${i}].label`) };
    });
  }
  return meta;
}

/** Validates a parsed manifest.json (schema DATASET_SCHEMA_VERSION). */
export function parseManifest(json: unknown): DatasetManifest {
  const o = obj(json, 'manifest');
  if (o.schema !== DATASET_SCHEMA_VERSION) fail('manifest.schema', `unsupported schema ${String(o.schema)}`);
  const id = str(o.id, 'manifest.id');
  if (!/^[a-z0-9_-]+$/.test(id)) fail('manifest.id', 'must match [a-z0-9_-]+');
  if (typeof o.sample !== 'boolean') fail('manifest.sample', 'expected a boolean');
  const p = obj(o.provenance, 'manifest.provenance');
  const kind = o.kind === undefined ? undefined : oneOf(o.kind, KINDS, 'manifest.kind');
  if (kind && kind !== 'sample' && o.sample === true) fail('manifest.kind', `a ${kind} dataset cannot be flagged sample`);
  if (p.label !== undefined) text(p.label, 'provenance.label');
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION,
    id,
    name: text(o.name, 'manifest.name'),
    sample: o.sample,
    ...(kind ? { kind } : {}),
    // Provenance is shown as-is; keep its optional fields without re-validating each one.
    provenance: { ...p, source: str(p.source, 'provenance.source'), createdAt: str(p.createdAt, 'provenance.createdAt') },
    geoVintage: str(o.geoVintage, 'manifest.geoVintage'),
    counties: arr(o.counties, 'manifest.counties').map((c, i) => {
      const s = str(c, `manifest.counties[${i}]`);
      return /^\d{6}$/.test(s) ? s : fail(`manifest.counties[${i}]`, 'expected a 6-digit adcode');
    }),
    years: years(o.years, 'manifest.years'),
    indicators: arr(o.indicators, 'manifest.indicators').map((m, i) => parseIndicatorMeta(m, `manifest.indicators[${i}]`)),
    attributes: arr(o.attributes ?? [], 'manifest.attributes').map((m, i) => attributeMeta(m, `manifest.attributes[${i}]`)),
  };
  if (o.extras !== undefined) {
    manifest.extras = arr(o.extras, 'manifest.extras').map((e, i) => {
      const eo = obj(e, `manifest.extras[${i}]`);
      return { kind: oneOf(eo.kind, EXTRA_KINDS, `extras[${i}].kind`), id: str(eo.id, `extras[${i}].id`), file: str(eo.file, `extras[${i}].file`) };
    });
  }
  return manifest;
}

/** Parses an indicator column file into Float32Arrays per year (null → NaN), checking lengths against the manifest. */
export function parseIndicatorColumnFile(json: unknown, countyCount: number): IndicatorValues[] {
  const o = obj(json, 'columns');
  if (o.schema !== DATASET_SCHEMA_VERSION) fail('columns.schema', `unsupported schema ${String(o.schema)}`);
  return arr(o.indicators, 'columns.indicators').map((x, k) => {
    const where = `columns.indicators[${k}]`;
    const ind = obj(x, where);
    const ys = years(ind.years, `${where}.years`);
    const rows = arr(ind.values, `${where}.values`);
    if (rows.length !== ys.length) fail(`${where}.values`, `expected ${ys.length} years, got ${rows.length}`);
    const byYear = new Map<number, Float32Array>();
    rows.forEach((row, yi) => {
      const cells = arr(row, `${where}.values[${yi}]`);
      if (cells.length !== countyCount) fail(`${where}.values[${yi}]`, `expected ${countyCount} counties, got ${cells.length}`);
      const column = new Float32Array(countyCount);
      for (let i = 0; i < countyCount; i++) {
        const v = cells[i];
        column[i] = typeof v === 'number' ? v : v === null ? Number.NaN : fail(`${where}.values[${yi}][${i}]`, 'expected a number or null');
      }
      byYear.set(ys[yi]!, column);
    });
    return { id: str(ind.id, `${where}.id`), years: ys, byYear };
  });
}

/** Parses an attribute column file; `kinds` (from the manifest) decides numeric vs categorical storage. */
export function parseAttributeColumnFile(
  json: unknown,
  countyCount: number,
  kinds: ReadonlyMap<string, 'number' | 'category'>,
): AttributeValues[] {
  const o = obj(json, 'attributes');
  if (o.schema !== DATASET_SCHEMA_VERSION) fail('attributes.schema', `unsupported schema ${String(o.schema)}`);
  return arr(o.attributes, 'attributes.attributes').map((x, k): AttributeValues => {
    const a = obj(x, `attributes[${k}]`);
    const id = str(a.id, `attributes[${k}].id`);
    const cells = arr(a.values, `attributes[${k}].values`);
    if (cells.length !== countyCount) fail(`attributes[${k}].values`, `expected ${countyCount} counties`);
    if (kinds.get(id) === 'number') {
      return { id, kind: 'number', values: Float32Array.from(cells, (v) => (typeof v === 'number' ? v : Number.NaN)) };
    }
    return { id, kind: 'category', values: cells.map((v) => (v === null || v === undefined ? null : String(v))) };
  });
}

/** Resolves a manifest-relative file path against the manifest URL (absolute, or relative to the page). */
export function resolveDataUrl(manifestUrl: string, file: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(manifestUrl)) return new URL(file, manifestUrl).href;
  const parts = manifestUrl.split('/').slice(0, -1);
  for (const seg of file.split('/')) {
    if (seg === '..' && parts.length > 0 && parts[parts.length - 1] !== '..' && parts[parts.length - 1] !== '') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** Fetches and parses JSON; injectable so tests and the CLI can read files without HTTP. */
export type FetchJson = (url: string) => Promise<unknown>;

const defaultFetchJson: FetchJson = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.json() as Promise<unknown>;
};

/** A loaded manifest with lazy, cached access to its columns. */
export type DatasetLoader = DatasetSource;

/** Fetches a manifest and returns a loader that fetches each column file on first use (in-flight requests shared). */
export async function loadDataset(manifestUrl: string, fetchJson: FetchJson = defaultFetchJson): Promise<DatasetLoader> {
  const manifest = parseManifest(await fetchJson(manifestUrl));
  const n = manifest.counties.length;
  const files = new Map<string, Promise<IndicatorValues[]>>();
  let attributes: Promise<Map<string, AttributeValues>> | undefined;
  const kinds = new Map(manifest.attributes.map((a) => [a.id, a.kind]));
  return {
    manifest,
    async loadIndicator(indicatorId) {
      const meta = manifest.indicators.find((m) => m.id === indicatorId);
      if (!meta) throw new Error(`Dataset ${manifest.id} has no indicator ${indicatorId}`);
      let file = files.get(meta.file);
      if (!file) {
        file = fetchJson(resolveDataUrl(manifestUrl, meta.file)).then((j) => parseIndicatorColumnFile(j, n));
        file.catch(() => files.delete(meta.file)); // a failed fetch may be retried
        files.set(meta.file, file);
      }
      const found = (await file).find((v) => v.id === indicatorId);
      if (!found) throw new Error(`${meta.file} does not hold ${indicatorId}`);
      return found;
    },
    loadAttributes() {
      attributes ??= (async () => {
        const out = new Map<string, AttributeValues>();
        for (const f of new Set(manifest.attributes.map((a) => a.file))) {
          const parsed = parseAttributeColumnFile(await fetchJson(resolveDataUrl(manifestUrl, f)), n, kinds);
          for (const a of parsed) out.set(a.id, a);
        }
        return out;
      })();
      attributes.catch(() => (attributes = undefined));
      return attributes;
    },
  };
}
