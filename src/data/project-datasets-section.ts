/**
 * The project file's "datasets" section: the user's imported datasets, each as the record IndexedDB keeps
 * (manifest with its provenance, and the raw column files, so values come back exactly as imported). Every record
 * is validated with every column loaded before anything is applied; an id already in this browser comes in as a
 * copy with a new id (its provenance says what it copies), never overwriting the one here.
 */
import * as v from 'valibot';
import type { ProjectSection } from '../model/project/project-file';
import { planDatasetCopies } from '../model/project/dataset-renames';
import type { DatasetManifest, LocalText } from '../model/indicators/dataset';
import { commitSavedDataset, datasetFiles, type LibraryDeps } from './dataset-library';
import { openSavedDataset, SAVED_DATASET_VERSION } from './dataset-store-idb';
import { parseWithSchema } from '../lib/parse-with-schema';

/** Current version of the section's data. */
export const DATASETS_SECTION_VERSION = 1;

const sectionSchema = v.object({ datasets: v.array(v.unknown()) });

/** The validated section: the records and the copies to make. */
export interface ParsedDatasets {
  records: { manifest: DatasetManifest; files: Record<string, unknown> }[];
  renames: ReadonlyMap<string, string>;
}

/** Suffix of a copy's name. */
const COPY_SUFFIX: LocalText = { zh: '（副本）', en: ' (copy)' };

/** The datasets section over the dataset library. */
export function createDatasetsSection(deps: () => LibraryDeps): ProjectSection<ParsedDatasets> {
  return {
    id: 'datasets',
    version: DATASETS_SECTION_VERSION,
    order: 0,
    export: () => ({
      datasets: deps()
        .datasets()
        .filter((d) => d.origin === 'imported' && datasetFiles(d.id))
        .map((d) => ({ v: SAVED_DATASET_VERSION, id: d.id, manifest: d.manifest, files: datasetFiles(d.id), savedAt: d.manifest.provenance.createdAt })),
    }),
    parse: async (data) => {
      const { datasets } = parseWithSchema(sectionSchema, data, 'datasets');
      const records: ParsedDatasets['records'] = [];
      const seen = new Set<string>();
      for (const [i, value] of datasets.entries()) {
        const { record } = await openSavedDataset(value, `datasets[${i}]`);
        if (seen.has(record.id)) throw new Error(`datasets[${i}]: id ${record.id} appears twice`);
        seen.add(record.id);
        records.push({ manifest: record.manifest, files: record.files });
      }
      const renames = planDatasetCopies(
        records.map((r) => r.manifest.id),
        deps()
          .datasets()
          .map((d) => d.id),
      );
      return { records, renames };
    },
    conflicts: (value) => [...value.renames].map(([from, to]) => `${from} → ${to}`),
    count: (value) => value.records.length,
    renames: (value) => value.renames,
    apply: async (value) => {
      const problems: string[] = [];
      for (const { manifest, files } of value.records) {
        const to = value.renames.get(manifest.id);
        const incoming: DatasetManifest = to
          ? {
              ...manifest,
              id: to,
              name: { zh: `${manifest.name.zh}${COPY_SUFFIX.zh}`, en: `${manifest.name.en}${COPY_SUFFIX.en}` },
              provenance: { ...manifest.provenance, copyOf: manifest.id },
            }
          : manifest;
        const outcome = await commitSavedDataset(incoming, files, deps());
        if (outcome.status === 'rejected') problems.push(`${incoming.id}: ${outcome.reason}`);
        else if (!outcome.saved) problems.push(`${incoming.id}: ${outcome.saveError}`);
      }
      return problems;
    },
  };
}
