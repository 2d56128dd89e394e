/**
 * A view kept as an object (a wall-display scene, a saved view, a project file) rather than a URL: upgraded from
 * the version it was saved with, then checked against the one view schema. URLs, saved views and scenes so share
 * one schema; feature fields missing from an older object read as their defaults (view-state-schema.ts).
 */
import { parseWithSchema } from '../../lib/parse-with-schema';
import { VIEW_STATE_VERSION, type ViewState } from './view-state';
import { viewStateSchema } from './view-state-schema';

/** One upgrade step: takes an object of version N (checked loosely) to version N + 1. */
type ViewUpgrade = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrade steps by the version they start from. v1 views were only ever links (URL upgrades live in view-url.ts),
 * but a v1 object in a file is read the same way: one pane, under the flat keys `indicator`, `year`, `camera`.
 */
const VIEW_OBJECT_UPGRADES: Readonly<Record<number, ViewUpgrade>> = {
  1: (raw) => {
    const { indicator, year, camera, ...rest } = raw;
    const panes = Array.isArray(raw.panes) ? raw.panes : [{ indicator, year, camera }];
    return { ...rest, v: 2, panes };
  },
};

/** Error thrown by `parseViewObject`: where the object is wrong and what was expected there. */
export class ViewObjectError extends Error {}

/** Upgrades and checks a view object; throws ViewObjectError (with the path of the problem) when it is unusable. */
export function parseViewObject(raw: unknown, path = 'view'): ViewState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ViewObjectError(`${path}: expected an object`);
  let obj = raw as Record<string, unknown>;
  let version = typeof obj.v === 'number' ? obj.v : NaN;
  if (!Number.isInteger(version) || version < 1) throw new ViewObjectError(`${path}.v: expected a view version, got ${String(obj.v)}`);
  if (version > VIEW_STATE_VERSION) {
    throw new ViewObjectError(`${path}.v: saved by a newer Tandem (view version ${version}, this one reads up to ${VIEW_STATE_VERSION})`);
  }
  while (version < VIEW_STATE_VERSION) {
    const step = VIEW_OBJECT_UPGRADES[version];
    if (!step) throw new ViewObjectError(`${path}.v: no upgrade from view version ${version}`);
    obj = step(obj);
    version++;
  }
  try {
    return parseWithSchema(viewStateSchema, obj, path);
  } catch (error) {
    throw new ViewObjectError(error instanceof Error ? error.message : String(error));
  }
}
