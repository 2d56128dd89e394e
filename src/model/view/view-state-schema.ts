/**
 * The schema of the whole view state (view-state.ts): the last check on a view decoded from a URL (and, later,
 * from a saved view or a wall-display scene), so a decoder bug can never put a malformed view into the store.
 * The hand-written types in view-state.ts stay the documented source; the assertions at the end keep the two equal.
 */
import * as v from 'valibot';
import { adcodeSchema } from '../common-schemas';
import { parseWithSchema, SchemaError } from '../../lib/parse-with-schema';
import { createDefaultMonitorView, monitorViewSchema } from '../monitoring/monitor-view';
import { fundsViewSchema } from '../funds/funds-view';
import { VIEW_FIELDS, type ViewFields } from './view-fields';
import { PLACE_NAME_MODES, SIDE_TABS, VIEW_STATE_VERSION, type ViewState } from './view-state';
import { matchingViewSchema } from '../matching/matching-view';

const cameraSchema = v.object({
  lng: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  lat: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
  zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22)),
});

const classificationSchema = v.object({
  method: v.picklist(['quantile', 'equal', 'jenks', 'manual', 'threshold', 'category']),
  classes: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(9)),
  breaks: v.optional(v.array(v.pipe(v.number(), v.finite()))),
  scheme: v.string(),
  perYear: v.optional(v.boolean()),
  own: v.optional(v.boolean()),
  midpoint: v.optional(v.pipe(v.number(), v.finite())),
});

const paneSchema = v.object({
  indicator: v.nullable(v.string()),
  year: v.pipe(v.number(), v.integer()),
  level: v.picklist(['county', 'prefecture', 'province']),
  classification: classificationSchema,
  link: v.picklist(['linked', 'zoom', 'independent']),
  layers: v.object({ choropleth: v.boolean(), arcs: v.boolean(), labels: v.boolean() }),
  camera: cameraSchema,
});

/**
 * Schema entries of the feature fields (view-fields.ts). A saved view from before a field existed reads as the
 * field's default, so adding a field needs no version bump and no upgrade step of its own.
 */
function viewFieldEntries(): { [K in keyof ViewFields]: v.GenericSchema<unknown, ViewFields[K]> } {
  const out: Record<string, v.GenericSchema> = {};
  for (const [key, codec] of Object.entries(VIEW_FIELDS)) out[key] = v.optional(codec.schema, codec.create);
  return out as { [K in keyof ViewFields]: v.GenericSchema<unknown, ViewFields[K]> };
}

/** The whole serialisable view. */
export const viewStateSchema = v.object({
  v: v.literal(VIEW_STATE_VERSION),
  lang: v.picklist(['zh-CN', 'en']),
  layout: v.picklist(['1', '2h', '2v', '4', '4r']),
  panes: v.pipe(v.array(paneSchema), v.minLength(1), v.maxLength(4)),
  selection: v.array(adcodeSchema),
  focus: v.nullable(adcodeSchema),
  compare: v.pipe(v.array(adcodeSchema), v.maxLength(12)),
  swipe: v.object({ enabled: v.boolean(), position: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }),
  partnership: v.object({
    structure: v.picklist([2016, 2021]),
    measure: v.string(),
    eastFilter: v.nullable(v.string()),
    westProvinceFilter: v.nullable(v.string()),
    level: v.picklist(['all', 'province', 'prefecture', 'county']),
    animate: v.boolean(),
    pair: v.nullable(v.string()),
    countyPair: v.optional(v.nullable(v.string())),
  }),
  matching: matchingViewSchema,
  funds: fundsViewSchema,
  exitMargin: v.pipe(v.number(), v.minValue(0), v.maxValue(50)),
  legendHighlight: v.array(v.nullable(v.number())),
  sideTab: v.picklist(SIDE_TABS),
  inset: v.boolean(),
  // Views saved before the setting existed read as the default.
  placeNames: v.optional(v.picklist(PLACE_NAME_MODES), 'pinyin'),
  mapFilter: v.union([v.picklist(['all', 'designated', 'not_designated']), v.pipe(v.string(), v.regex(/^20(1[6-9]|20)$/))]),
  timelineAll: v.boolean(),
  // Views saved before monitoring existed read as the default.
  monitor: v.optional(monitorViewSchema, createDefaultMonitorView),
  ...viewFieldEntries(),
});

// Compile-time proof that the schema and the ViewState type describe the same object (either side changing alone
// fails the typecheck).
type SchemaView = v.InferOutput<typeof viewStateSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<SchemaView, ViewState> = true;
void schemaMatchesType;

/**
 * The final step of decoding a view: the decoded state is checked against the schema; should a decoder ever
 * produce a state the schema rejects, the default view is used instead and the bad path is reported as a notice.
 */
export function checkDecodedView(
  state: ViewState,
  notices: { key: string; value: string }[],
  fallback: () => ViewState,
): { state: ViewState; notices: { key: string; value: string }[] } {
  try {
    return { state: parseWithSchema(viewStateSchema, state, 'view'), notices };
  } catch (error) {
    const e = error instanceof SchemaError ? error : new SchemaError('view', '', String(error));
    return { state: fallback(), notices: [...notices, { key: e.path || 'view', value: e.expected }] };
  }
}
