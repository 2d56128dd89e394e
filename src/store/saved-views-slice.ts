/** The saved-views slice: the user's named views (kept in IndexedDB by src/data/saved-view-library.ts). */
import type { SavedView } from '../model/saved-views/saved-view';
import type { SliceCreator } from './slice';

/** Saved views and their actions. */
export interface SavedViewsSlice {
  savedViews: {
    views: SavedView[];
    /** 'ready' once this browser's saved views have been read. */
    status: 'idle' | 'loading' | 'ready';
  };
  savedViewActions: {
    setStatus: (status: SavedViewsSlice['savedViews']['status']) => void;
    /** Adds a view or replaces the one with its id. */
    put: (view: SavedView) => void;
    remove: (id: string) => void;
  };
}

/** Creates the saved-views slice. */
export const createSavedViewsSlice: SliceCreator<SavedViewsSlice> = (set) => ({
  savedViews: { views: [], status: 'idle' },
  savedViewActions: {
    setStatus: (status) => set((s) => ({ savedViews: { ...s.savedViews, status } })),
    put: (view) =>
      set((s) => {
        const others = s.savedViews.views.filter((v) => v.id !== view.id);
        return { savedViews: { ...s.savedViews, views: [...others, view] } };
      }),
    remove: (id) => set((s) => ({ savedViews: { ...s.savedViews, views: s.savedViews.views.filter((v) => v.id !== id) } })),
  },
});
