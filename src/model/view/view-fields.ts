/**
 * The registry of feature fields of the view state (see view-field.ts). To add a field: one line in `ViewFields`,
 * one in `VIEW_FIELDS`; view-state.ts, view-state-schema.ts and view-url.ts pick it up.
 */
import { BRIEFING_FIELD, type BriefingView } from '../present/briefing-view';
import type { ViewFieldCodec } from './view-field';

/** The feature fields and their types (ViewState extends this). */
export interface ViewFields {
  /** What a briefing replays beyond the map: timeline playback, ranking and development-path choices. */
  briefing: BriefingView;
}

/** Codec of each feature field. */
export const VIEW_FIELDS: { readonly [K in keyof ViewFields]: ViewFieldCodec<ViewFields[K]> } = {
  briefing: BRIEFING_FIELD,
};

/** Every field key, in a stable order. */
export const VIEW_FIELD_KEYS = Object.keys(VIEW_FIELDS) as (keyof ViewFields)[];

/** Fresh defaults of every feature field. */
export function createDefaultViewFields(): ViewFields {
  const out: Partial<Record<keyof ViewFields, unknown>> = {};
  for (const key of VIEW_FIELD_KEYS) out[key] = VIEW_FIELDS[key].create();
  return out as ViewFields;
}

/** Writes every feature field's URL params. */
export function encodeViewFields(fields: ViewFields, params: URLSearchParams): void {
  for (const key of VIEW_FIELD_KEYS) (VIEW_FIELDS[key] as ViewFieldCodec<unknown>).encode(fields[key], params);
}

/** Reads every feature field from URL params. */
export function decodeViewFields(params: URLSearchParams, notices: { key: string; value: string }[]): ViewFields {
  const out: Partial<Record<keyof ViewFields, unknown>> = {};
  for (const key of VIEW_FIELD_KEYS) out[key] = VIEW_FIELDS[key].decode(params, notices);
  return out as ViewFields;
}
