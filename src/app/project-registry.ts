/**
 * The app's project-file registry: the sections a `.tandem.json` holds, each registered by the feature that owns
 * it — the view (here), the saved views and the imported datasets (src/data/project-*-section.ts). Further
 * features register theirs with one line each in `appProjectRegistry` (storyboards and the risk register:
 * project-extra-sections.ts).
 */
import * as v from 'valibot';
import { createProjectRegistry, type ProjectRegistry, type ProjectSection } from '../model/project/project-file';
import { renameDatasetsInView } from '../model/project/dataset-renames';
import { decodeViewState, encodeViewState } from '../model/view/view-url';
import type { ViewState } from '../model/view/view-state';
import { parseWithSchema } from '../lib/parse-with-schema';
import { createDatasetsSection } from '../data/project-datasets-section';
import { createSavedViewsSection } from '../data/project-saved-views-section';
import { appLibraryDeps } from './dataset-boot';
import { appSavedViewDeps } from './saved-views-boot';
import { applyHash, snapshotView } from './url-sync';
import { createRisksSection, createStoryboardsSection } from './project-extra-sections';
import { createMatchingTablesSection } from '../data/project-matching-tables-section';
import { useMatchingStore } from '../store/matching-store';

/** Current version of the view section's data. */
export const VIEW_SECTION_VERSION = 1;

const viewSectionSchema = v.object({ hash: v.pipe(v.string(), v.maxLength(200_000)) });

/**
 * The "view" section: the whole current view as the hash a link carries. A file's view must decode without a
 * single ignored value (a link is lenient, a project file is checked); datasets that came in as copies are renamed.
 */
export function createViewSection(): ProjectSection<ViewState> {
  return {
    id: 'view',
    version: VIEW_SECTION_VERSION,
    order: 20,
    export: () => ({ hash: encodeViewState(snapshotView()) }),
    parse: (data) => {
      const { hash } = parseWithSchema(viewSectionSchema, data, 'view');
      const { state, notices } = decodeViewState(hash);
      if (notices.length > 0) throw new Error(`values not understood: ${notices.map((n) => `${n.key}=${n.value}`).join(', ')}`);
      return state;
    },
    apply: async (state, context) => {
      applyHash(encodeViewState(renameDatasetsInView(state, context.datasetRenames)));
      return [];
    },
  };
}

let registry: ProjectRegistry | null = null;

/** The app's registry, made on first use. */
export function appProjectRegistry(): ProjectRegistry {
  if (registry) return registry;
  registry = createProjectRegistry();
  registry.register(createDatasetsSection(appLibraryDeps));
  registry.register(createSavedViewsSection(appSavedViewDeps));
  registry.register(createViewSection());
  registry.register(createStoryboardsSection());
  registry.register(createRisksSection());
  registry.register(createMatchingTablesSection(() => ({
    current: () => ({ labour: [...useMatchingStore.getState().labour.tables], industry: [...useMatchingStore.getState().industry.tables] }),
    // The matching worker's client loads with the project file's tables, not at start-up.
    replace: (tables) => import('../selectors/matching-labour-tables').then((m) => m.replaceAppMatchingTables(tables)),
  })));
  return registry;
}
