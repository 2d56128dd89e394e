/** The manifest of the shipped fund-flow table (public/data/funds/manifest.json): one CSV per year, labelled. */
import * as v from 'valibot';
import { localTextSchema, yearSchema } from '../common-schemas';
import { datasetKindSchema, provenanceSchema } from '../indicators/dataset';
import { parseWithSchema } from '../../lib/parse-with-schema';

/** Schema of the fund manifest. */
export const fundManifestSchema = v.object({
  schema: v.literal(1),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]+$/, 'expected [a-z0-9_-]+')),
  /** 'sample' for the shipped table; absent on a user's own table. */
  kind: v.optional(datasetKindSchema),
  name: localTextSchema,
  provenance: provenanceSchema,
  unit: v.literal('yuan', 'expected amounts in yuan'),
  years: v.array(yearSchema),
  files: v.array(v.object({ year: yearSchema, file: v.pipe(v.string(), v.regex(/^[\w.-]+\.csv$/, 'expected a CSV file name')), rows: v.number() })),
});
export type FundManifest = v.InferOutput<typeof fundManifestSchema>;

/** Validates the fund manifest. */
export function parseFundManifest(json: unknown, file = 'data/funds/manifest.json'): FundManifest {
  return parseWithSchema(fundManifestSchema, json, file);
}
