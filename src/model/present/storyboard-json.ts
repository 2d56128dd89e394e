/**
 * Storyboards as JSON files: `storyboardToJson` writes one, `parseStoryboardJson` reads one back, upgrading older
 * file versions and checking every scene (and every scene's view) against the one schema. A bad file never
 * half-loads: the result is either the whole storyboard or an error naming the path of the first problem.
 * The project file (saved views, issue 14) reuses `parseStoryboardValue` for the storyboards inside it.
 */
import * as v from 'valibot';
import { parseScene, SceneError } from './scene';
import { MAX_SCENES, type Storyboard } from './storyboard';

/** Version of the storyboard file format. */
export const STORYBOARD_FILE_VERSION = 1;
/** What the file says it is, so a random JSON file is told apart from a storyboard. */
export const STORYBOARD_FILE_KIND = 'tandem-storyboard';
/** Largest storyboard file read (a wall briefing is a few hundred kilobytes at most). */
export const MAX_STORYBOARD_FILE_BYTES = 5 * 1024 * 1024;

const textSchema = v.union([v.pipe(v.string(), v.maxLength(200)), v.object({ zh: v.string(), en: v.string() })]);

const fileSchema = v.object({
  kind: v.literal(STORYBOARD_FILE_KIND, `expected "kind": "${STORYBOARD_FILE_KIND}" (not a Tandem storyboard file)`),
  v: v.pipe(v.number(), v.integer(), v.minValue(1)),
  storyboard: v.object({
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'expected an id of letters, digits, - or _')),
    title: textSchema,
    sample: v.optional(v.boolean(), false),
    scenes: v.pipe(v.array(v.unknown()), v.minLength(1, 'expected at least one scene'), v.maxLength(MAX_SCENES)),
  }),
});

/** Outcome of reading a storyboard: the whole board, or why not. */
export type StoryboardParse = { ok: true; storyboard: Storyboard } | { ok: false; error: string };

/** Upgrade steps of the file format by the version they start from (none yet: v1 is the first). */
const FILE_UPGRADES: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {};

/** Checks an already-parsed JSON value as a storyboard file. */
export function parseStoryboardValue(raw: unknown): StoryboardParse {
  let value = raw;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    let obj = value as Record<string, unknown>;
    let version = typeof obj.v === 'number' ? obj.v : STORYBOARD_FILE_VERSION;
    if (version > STORYBOARD_FILE_VERSION) {
      return { ok: false, error: `v: saved by a newer Tandem (storyboard file version ${version}, this one reads up to ${STORYBOARD_FILE_VERSION})` };
    }
    while (version < STORYBOARD_FILE_VERSION) {
      const step = FILE_UPGRADES[version];
      if (!step) return { ok: false, error: `v: no upgrade from storyboard file version ${version}` };
      obj = step(obj);
      version++;
    }
    value = obj;
  }
  const shell = v.safeParse(fileSchema, value);
  if (!shell.success) {
    const issue = shell.issues[0];
    const where = v.getDotPath(issue);
    return { ok: false, error: `${where ? `${where}: ` : ''}${issue.message}` };
  }
  const board = shell.output.storyboard;
  try {
    const scenes = board.scenes.map((s, i) => parseScene(s, `storyboard.scenes[${i}]`));
    const ids = new Set<string>();
    for (const [i, s] of scenes.entries()) {
      if (ids.has(s.id)) return { ok: false, error: `storyboard.scenes[${i}].id: "${s.id}" is used twice` };
      ids.add(s.id);
    }
    return { ok: true, storyboard: { id: board.id, title: board.title, sample: board.sample, scenes } };
  } catch (error) {
    return { ok: false, error: error instanceof SceneError ? error.message : String(error) };
  }
}

/** Reads a storyboard file's text. */
export function parseStoryboardJson(text: string): StoryboardParse {
  if (text.length > MAX_STORYBOARD_FILE_BYTES) return { ok: false, error: `file larger than ${MAX_STORYBOARD_FILE_BYTES / 1024 / 1024} MB` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return parseStoryboardValue(raw);
}

/** The file's content for a storyboard (pretty-printed, so a reviewer can read a diff of it). */
export function storyboardToJson(board: Storyboard): string {
  return JSON.stringify({ kind: STORYBOARD_FILE_KIND, v: STORYBOARD_FILE_VERSION, storyboard: board }, null, 2);
}
