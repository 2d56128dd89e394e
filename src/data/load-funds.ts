/**
 * Loading fund-flow long tables: the shipped sample (public/data/funds/, one CSV per year behind a manifest) and a
 * user's own CSV of the same long table (source, programme, county, year, amount[, spent]). Every file is parsed
 * by papaparse and validated by the long-table schema; a bad file rejects with a message naming the file, row and
 * field, and nothing of it is kept.
 */
import Papa from 'papaparse';
import { parseFundTable, concatFundTables, type FundTable } from '../model/funds/fund-table';
import { parseFundManifest, type FundManifest } from '../model/funds/fund-manifest';
import { parseFundShareRules, type FundShareRule } from '../model/funds/industry-share-rule';
import { fetchJson, fileLabel } from './fetch-json';
import { resolveDataUrl } from './dataset-loader';

/** Largest CSV a user may load as a fund table (characters). */
export const MAX_FUND_CSV_CHARS = 64 * 1024 * 1024;

/** Parses the text of a long-table CSV; throws naming `file`. */
export function parseFundCsv(text: string, file: string): FundTable {
  if (text.length > MAX_FUND_CSV_CHARS) throw new Error(`${file}: larger than ${MAX_FUND_CSV_CHARS / 1024 / 1024} MB`);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new Error(`${file}: row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  return parseFundTable(parsed.data, file);
}

/** A loaded fund table with its manifest (the sample's, or one made for an import). */
export interface LoadedFunds {
  manifest: FundManifest;
  table: FundTable;
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${fileLabel(url)}: could not be fetched (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${fileLabel(url)}: HTTP ${response.status}`);
  return response.text();
}

/** Loads the manifest and every year's CSV of a shipped fund table. */
export async function loadShippedFunds(manifestUrl: string): Promise<LoadedFunds> {
  const manifest = await fetchJson(manifestUrl, parseFundManifest);
  const tables = await Promise.all(
    manifest.files.map(async (f) => {
      const url = resolveDataUrl(manifestUrl, f.file);
      const table = parseFundCsv(await fetchText(url), fileLabel(url));
      if (table.years.some((y) => y !== f.year)) throw new Error(`${fileLabel(url)}: holds years other than ${f.year}`);
      return table;
    }),
  );
  return { manifest, table: concatFundTables(tables) };
}

/** Loads the industry-share rules file. */
export function loadFundShareRules(url: string): Promise<FundShareRule[]> {
  return fetchJson(url, parseFundShareRules);
}

/** A manifest for a user's own table (their data: no sample label). */
export function manifestForImport(fileName: string, table: FundTable, createdAt: string): FundManifest {
  return {
    schema: 1,
    id: 'funds',
    name: { zh: `资金流向：${fileName}`, en: `Fund flows: ${fileName}` },
    provenance: { source: fileName, fileName, createdAt },
    unit: 'yuan',
    years: table.years,
    files: [],
  };
}
