/**
 * The one way data from outside (a file, a fetch, IndexedDB, the URL) becomes typed: a valibot schema, and on
 * failure one SchemaError whose message names the file, the path inside it and what was expected
 * (`geo/counties.json: counties[12].adcode: expected 6 digits`).
 *
 * Why valibot and not zod 4: the schemas run on the first-map path (counties.json, the sample manifest, the view
 * state), so the library lands in the first chunk, whose bytes are a tracked goal. Valibot is a set of tree-shaken
 * functions. Measured: `npm run build` first chunk 689,320 → 690,796 bytes gzip -9 (+1.5 KB, with the hand-written
 * validators it replaced removed); the same representative schemas bundled alone (esbuild --minify, gzip -9) are
 * 3.0 KB with valibot 1.5, 9.3 KB with zod/mini 4.6 and 29.6 KB with zod 4.6 classic. See README "Schemas".
 */
import * as v from 'valibot';

/** Any valibot schema (sync). */
export type AnySchema = v.GenericSchema<unknown, unknown>;

/** A file that did not match its schema; `message` is `file: path: expected`. */
export class SchemaError extends Error {
  constructor(
    readonly file: string,
    /** Path inside the file, e.g. `counties[12].adcode`; '' for the whole file. */
    readonly path: string,
    readonly expected: string,
  ) {
    super(path === '' ? `${file}: ${expected}` : `${file}: ${path}: ${expected}`);
    this.name = 'SchemaError';
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `counties[12].adcode` from an issue's path items. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const NOUNS: Record<string, string> = { Object: 'an object', Array: 'an array', string: 'a string', number: 'a number', boolean: 'a boolean' };

/** What was expected: the schema's own message where one was written, else "expected X, got Y" in plain words. */
export function issueExpectation(issue: v.BaseIssue<unknown>): string {
  // Valibot's generated messages start with "Invalid "; every message written in our schemas starts with "expected".
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  // An object's missing key: valibot reports the key as "expected" and undefined as received.
  if (issue.type === 'object' && issue.received === 'undefined' && issue.path !== undefined) return 'missing';
  const raw = issue.expected ?? issue.type;
  // Picklists and unions come as `("a" | "b")`.
  const expected = NOUNS[raw] ?? (/^\(.*\)$/.test(raw) ? `one of ${raw.slice(1, -1)}` : raw);
  return `expected ${expected}, got ${issue.received}`;
}

/** Parses `input` with `schema`; throws a SchemaError naming `file` and the first bad path. */
export function parseWithSchema<S extends AnySchema>(schema: S, input: unknown, file: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new SchemaError(file, issuePath(issue), issueExpectation(issue));
}

/** The id listed more than once in `items`, if any (for "listed twice" checks inside schemas). */
export function duplicateId(items: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}
