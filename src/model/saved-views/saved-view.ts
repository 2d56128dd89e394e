/**
 * A saved view: a named snapshot of the whole view, kept as the same encoded hash a link carries (view-url.ts), so
 * a saved view opens exactly like a link — older versions are upgraded, bad values fall back with a notice, and a
 * pane whose dataset is gone falls back to the sample (model/indicators/pane-datasets.ts). Pure.
 */
import * as v from 'valibot';

/** Version of the saved-view record. */
export const SAVED_VIEW_VERSION = 1;

/** Longest name kept. */
export const MAX_VIEW_NAME = 80;

/** Largest thumbnail kept (a data: URL of a small PNG or JPEG). */
const MAX_THUMBNAIL_CHARS = 400_000;

/** The record's schema: what is read back from storage or a project file is checked against it. */
export const savedViewSchema = v.object({
  v: v.literal(SAVED_VIEW_VERSION, (issue) => `expected saved-view version ${SAVED_VIEW_VERSION}, got ${String(issue.received)}`),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of letters, digits, _ or -')),
  name: v.pipe(v.string(), v.minLength(1, 'expected a name'), v.maxLength(MAX_VIEW_NAME)),
  /** ISO time of the save. */
  savedAt: v.string(),
  /** The view as a URL hash without '#' (view-url.ts encodeViewState). */
  hash: v.pipe(v.string(), v.maxLength(200_000)),
  /** Small picture of the maps; null when none could be made. */
  thumbnail: v.nullable(v.pipe(v.string(), v.regex(/^data:image\/(png|jpeg);base64,/, 'expected a PNG or JPEG data URL'), v.maxLength(MAX_THUMBNAIL_CHARS))),
});

/** One saved view. */
export type SavedView = v.InferOutput<typeof savedViewSchema>;

/** A name cleaned for keeping: trimmed, inner whitespace collapsed, cut to the longest name. */
export function cleanViewName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_VIEW_NAME);
}

/** The first "视图 n" / "View n" name not taken, from a template with {n}. */
export function nextViewName(template: (n: number) => string, taken: Iterable<string>): string {
  const names = new Set(taken);
  for (let n = 1; ; n++) if (!names.has(template(n))) return template(n);
}

/** A fresh id (time and randomness; ids only need to be unique within one browser and one project file). */
export function newViewId(now: Date, random: () => number = Math.random): string {
  return `view-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** Saved views newest first. */
export function sortSavedViews(views: readonly SavedView[]): SavedView[] {
  return [...views].sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.name.localeCompare(b.name));
}
