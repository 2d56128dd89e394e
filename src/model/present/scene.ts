/**
 * A Scene is a saved view with what a briefing adds: a title, a short note, a dwell time and callouts (counties
 * named on the map with a label and a leader line, visible without hover). The view inside is the whole
 * serialisable view (model/view/view-state.ts) and is read through the one view schema with its upgrades
 * (model/view/view-object.ts), so URLs, saved views and scenes never disagree.
 */
import * as v from 'valibot';
import { adcodeSchema } from '../common-schemas';
import type { ViewState } from '../view/view-state';
import { parseViewObject, ViewObjectError } from '../view/view-object';

/** Text a user typed (one language) or a shipped text in both languages. */
export type SceneText = string | { zh: string; en: string };

/** A county named on the map in a scene. */
export interface Callout {
  adcode: string;
  /** What the label says ('' = the county's name). */
  text: SceneText;
  /** Pane the callout stands in (0–3). */
  pane: number;
}

/** One scene of a storyboard. */
export interface Scene {
  /** Stable id within its storyboard (keys for reordering). */
  id: string;
  title: SceneText;
  note: SceneText;
  /** How long autoplay shows the scene, in milliseconds. */
  dwellMs: number;
  callouts: Callout[];
  view: ViewState;
}

/** Shortest and longest dwell a scene may ask for. */
export const MIN_DWELL_MS = 2000;
export const MAX_DWELL_MS = 10 * 60 * 1000;
/** Dwell of a new scene. */
export const DEFAULT_DWELL_MS = 12000;
/** Most callouts a scene holds (a wall must stay readable). */
export const MAX_CALLOUTS = 8;

const textSchema = v.union([v.pipe(v.string(), v.maxLength(400)), v.object({ zh: v.pipe(v.string(), v.maxLength(400)), en: v.pipe(v.string(), v.maxLength(400)) })]);

/** The scene's own fields; the view is checked by parseViewObject (it carries its own version). */
export const sceneShellSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/, 'expected an id of letters, digits, - or _')),
  title: textSchema,
  note: v.optional(textSchema, ''),
  dwellMs: v.pipe(v.number(), v.integer(), v.minValue(MIN_DWELL_MS), v.maxValue(MAX_DWELL_MS)),
  callouts: v.optional(
    v.pipe(
      v.array(v.object({ adcode: adcodeSchema, text: v.optional(textSchema, ''), pane: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)), 0) })),
      v.maxLength(MAX_CALLOUTS),
    ),
    [],
  ),
  view: v.unknown(),
});

/** A scene that failed to load: the path of the problem and what was expected. */
export class SceneError extends Error {}

/** Checks one scene (its fields, then its view with upgrades); throws SceneError naming the path. */
export function parseScene(raw: unknown, path: string): Scene {
  const result = v.safeParse(sceneShellSchema, raw);
  if (!result.success) {
    const issue = result.issues[0];
    const where = v.getDotPath(issue) ?? '';
    throw new SceneError(`${path}${where ? `.${where}` : ''}: ${issue.message}`);
  }
  try {
    return { ...result.output, view: parseViewObject(result.output.view, `${path}.view`) };
  } catch (error) {
    throw new SceneError(error instanceof ViewObjectError ? error.message : String(error));
  }
}

/** The text in the interface language ('' for an empty one). */
export function sceneText(text: SceneText, lang: 'zh-CN' | 'en'): string {
  return typeof text === 'string' ? text : lang === 'en' ? text.en : text.zh;
}
