/**
 * The project file's "saved-views" section: every saved view, checked against the saved-view schema before
 * anything is applied. A view naming a dataset that came in as a copy is rewritten to name the copy; a view whose
 * id is already here comes in under a new id (nothing is overwritten).
 */
import * as v from 'valibot';
import type { ProjectSection } from '../model/project/project-file';
import { renameDatasetsInView } from '../model/project/dataset-renames';
import { newViewId, savedViewSchema, type SavedView } from '../model/saved-views/saved-view';
import { decodeViewState, encodeViewState } from '../model/view/view-url';
import { parseWithSchema } from '../lib/parse-with-schema';
import { writeView, type SavedViewDeps } from './saved-view-library';

/** Current version of the section's data. */
export const SAVED_VIEWS_SECTION_VERSION = 1;

const sectionSchema = v.object({ views: v.array(savedViewSchema) });

/** The saved-views section over the saved-view library. */
export function createSavedViewsSection(deps: () => SavedViewDeps): ProjectSection<SavedView[]> {
  return {
    id: 'saved-views',
    version: SAVED_VIEWS_SECTION_VERSION,
    order: 10,
    export: () => ({ views: deps().views() }),
    parse: (data) => parseWithSchema(sectionSchema, data, 'saved-views').views,
    count: (views) => views.length,
    apply: async (views, context) => {
      const problems: string[] = [];
      for (const view of views) {
        const here = deps().views();
        const same = here.find((h) => h.id === view.id);
        let hash = view.hash;
        if (context.datasetRenames.size > 0) {
          const decoded = decodeViewState(view.hash).state;
          const renamed = renameDatasetsInView(decoded, context.datasetRenames);
          if (renamed !== decoded) hash = encodeViewState(renamed);
        }
        const incoming = { ...view, hash };
        // The very same view is already here: nothing to do. Another one under that id: keep both.
        if (same && same.hash === incoming.hash && same.name === incoming.name) continue;
        const record = same ? { ...incoming, id: newViewId(new Date()) } : incoming;
        const outcome = await writeView(record, deps());
        if (outcome.status === 'failed') problems.push(`${view.name}: ${outcome.reason}`);
      }
      return problems;
    },
  };
}
