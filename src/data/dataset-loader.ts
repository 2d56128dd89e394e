/**
 * Loads a dataset: the manifest first, each column file when first needed. Parsing (unknown JSON → typed
 * values) is pure and separate from fetching so Node tests and the import CLI use the same code.
 */
import {
  attributeColumnFileSchema,
  indicatorColumnFileSchema,
  indicatorMetaSchema,
  manifestSchema,
  type DatasetManifest,
  type IndicatorMeta,
  type IndicatorValues,
} from '../model/indicators/dataset';
import { parseWithSchema } from '../lib/parse-with-schema';
import { fetchJson, fileLabel } from './fetch-json';
import type { AttributeValues, DatasetSource } from '../model/indicators/dataset-entry';

export type { AttributeValues } from '../model/indicators/dataset-entry';

/** Validates one indicator entry of a manifest. */
export function parseIndicatorMeta(x: unknown, file = 'indicator'): IndicatorMeta {
  return parseWithSchema(indicatorMetaSchema, x, file);
}

/** Validates a parsed manifest.json (schema DATASET_SCHEMA_VERSION); errors name `file` and the bad path. */
export function parseManifest(json: unknown, file = 'manifest.json'): DatasetManifest {
  return parseWithSchema(manifestSchema, json, file);
}

/** Parses an indicator column file into Float32Arrays per year (null → NaN), checking lengths against the manifest. */
export function parseIndicatorColumnFile(json: unknown, countyCount: number, file = 'columns'): IndicatorValues[] {
  const parsed = parseWithSchema(indicatorColumnFileSchema(countyCount), json, file);
  return parsed.indicators.map((ind) => {
    const byYear = new Map<number, Float32Array>();
    ind.values.forEach((row, yi) => {
      // A plain loop: Float32Array.from with a map function is several times slower on 2,850-cell rows.
      const column = new Float32Array(row.length);
      for (let i = 0; i < row.length; i++) column[i] = row[i] ?? Number.NaN;
      byYear.set(ind.years[yi]!, column);
    });
    return { id: ind.id, years: ind.years, byYear };
  });
}

/** Parses an attribute column file; `kinds` (from the manifest) decides numeric vs categorical storage. */
export function parseAttributeColumnFile(
  json: unknown,
  countyCount: number,
  kinds: ReadonlyMap<string, 'number' | 'category'>,
  file = 'attributes',
): AttributeValues[] {
  const parsed = parseWithSchema(attributeColumnFileSchema(countyCount), json, file);
  return parsed.attributes.map(({ id, values: cells }): AttributeValues => {
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

const defaultFetchJson: FetchJson = (url) => fetchJson(url);

/** A loaded manifest with lazy, cached access to its columns. */
export type DatasetLoader = DatasetSource;

/**
 * Fetches a manifest and returns a loader that fetches each column file on first use (in-flight requests shared).
 * `labelOf` names a file in error messages (default: the URL's path).
 */
export async function loadDataset(
  manifestUrl: string,
  readJson: FetchJson = defaultFetchJson,
  labelOf: (url: string) => string = fileLabel,
): Promise<DatasetLoader> {
  const manifest = parseManifest(await readJson(manifestUrl), labelOf(manifestUrl));
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
        const url = resolveDataUrl(manifestUrl, meta.file);
        file = readJson(url).then((j) => parseIndicatorColumnFile(j, n, labelOf(url)));
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
          const url = resolveDataUrl(manifestUrl, f);
          const parsed = parseAttributeColumnFile(await readJson(url), n, kinds, labelOf(url));
          for (const a of parsed) out.set(a.id, a);
        }
        return out;
      })();
      attributes.catch(() => (attributes = undefined));
      return attributes;
    },
  };
}
