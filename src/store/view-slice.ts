/** The view slice: the serialisable ViewState plus named actions wrapping the pure updaters. */
import { createDefaultViewState, type ViewState } from '../model/view/view-state';
import type { SliceCreator } from './slice';
import * as up from './view-updaters';

/** View state and its actions. */
export interface ViewSlice {
  view: ViewState;
  viewActions: {
    /** Replaces the whole view (URL restore, scene replay). */
    replaceView: (view: ViewState) => void;
    /** Applies any pure updater from view-updaters.ts. */
    apply: (updater: (view: ViewState) => ViewState) => void;
    setLang: (lang: ViewState['lang']) => void;
    selectCounty: (adcode: string, mode: 'replace' | 'toggle') => void;
    clearSelection: () => void;
    setPaneIndicator: (pane: number, indicator: string | null) => void;
    setPaneYear: (pane: number, year: number) => void;
  };
}

/** Creates the view slice. */
export const createViewSlice: SliceCreator<ViewSlice> = (set) => {
  const apply = (updater: (view: ViewState) => ViewState): void =>
    set((s) => {
      const view = updater(s.view);
      return view === s.view ? s : { view };
    });
  return {
    view: createDefaultViewState(),
    viewActions: {
      replaceView: (view) => set({ view }),
      apply,
      setLang: (lang) => apply((v) => up.setLang(v, lang)),
      selectCounty: (adcode, mode) => apply((v) => up.selectCounty(v, adcode, mode)),
      clearSelection: () => apply(up.clearSelection),
      setPaneIndicator: (pane, indicator) => apply((v) => up.setPaneIndicator(v, pane, indicator)),
      setPaneYear: (pane, year) => apply((v) => up.setPaneYear(v, pane, year)),
    },
  };
};
