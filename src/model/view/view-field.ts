/**
 * Feature fields of the view state, generic over fields: each feature that needs view state adds ONE field holding
 * a sub-object, described by a ViewFieldCodec in its own file (default, valibot schema, URL encode/decode). The
 * view's schema, URL codec and the upgrade of saved views (scenes, saved views, project files) loop over
 * VIEW_FIELDS, so adding a field is one line in `ViewFields` and one in `VIEW_FIELDS` (see view-fields.ts).
 * A saved view from before a field existed reads as that field's default: that is the upgrade, for every field.
 */
import type * as v from 'valibot';

/** A problem found while decoding: the offending value was replaced by a default. */
export interface FieldNotice {
  key: string;
  value: string;
}

/** Everything the view needs to know about one feature field. */
export interface ViewFieldCodec<T> {
  /** A fresh default value. */
  create: () => T;
  /** Checks a decoded or loaded value (a saved view, a scene, a project file). */
  schema: v.GenericSchema<unknown, T>;
  /** Writes the field's URL params; values equal to the default are left out, so old links stay short. */
  encode: (value: T, params: URLSearchParams) => void;
  /** Reads the field from URL params; absent params give the default, bad ones a notice and the default. */
  decode: (params: URLSearchParams, notices: FieldNotice[]) => T;
}
