/**
 * The one fetch of a JSON file: HTTP status, JSON parsing and the file's schema, each failure an Error whose
 * message starts with the file (`geo/counties.json: HTTP 404`, `data/x.json: not valid JSON (…)`,
 * `geo/counties.json: counties[12].adcode: expected 6 digits`). Callers keep what they had when it throws.
 */

/** Validates parsed JSON; `file` is the label to name in errors (every parse* function of src/model fits). */
export type ParseJson<T> = (json: unknown, file: string) => T;

/** Options: an injectable fetch (tests) and the label errors name (default: the URL's path). */
export interface FetchJsonOptions {
  fetch?: (url: string) => Promise<Response>;
  file?: string;
}

/** The label of a URL in messages: its path without the origin (`geo/counties.json`), or the string as given. */
export function fileLabel(url: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  try {
    const parsed = new URL(url);
    return parsed.pathname.replace(/^\//, '') || url;
  } catch {
    return url;
  }
}

/** Fetches `url` as JSON and validates it with `parse` (unknown JSON when no parse is given). */
export async function fetchJson(url: string, options?: FetchJsonOptions): Promise<unknown>;
export async function fetchJson<T>(url: string, parse: ParseJson<T>, options?: FetchJsonOptions): Promise<T>;
export async function fetchJson<T>(
  url: string,
  parseOrOptions?: ParseJson<T> | FetchJsonOptions,
  maybeOptions?: FetchJsonOptions,
): Promise<T | unknown> {
  const parse = typeof parseOrOptions === 'function' ? parseOrOptions : undefined;
  const options = (typeof parseOrOptions === 'function' ? maybeOptions : parseOrOptions) ?? {};
  const file = options.file ?? fileLabel(url);
  const doFetch = options.fetch ?? ((u: string) => fetch(u));
  let response: Response;
  try {
    response = await doFetch(url);
  } catch (error) {
    throw new Error(`${file}: could not be fetched (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  return parse ? parse(json, file) : json;
}
