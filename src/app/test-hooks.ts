/**
 * A documented hook for the browser tests and the benchmark (test/e2e/, scripts/bench/): `window.__tandem` gives
 * them the live panes, so they can move a camera with `jumpTo`, project a place to pixels or force one repaint,
 * instead of dragging the mouse across a software-rendered map. It exposes nothing the page could not reach anyway.
 */
import { allPanes, getPane, type PaneHandle } from '../selectors/pane-registry';
import { useAppStore } from '../store/app-store';
import type { ViewSlice } from '../store/view-slice';
import type { PresentSlice } from '../store/present-slice';
import { commandRegistry } from '../store/command-registry';
import { setSceneTransitionMs } from './present/scene-player';
import { setWatchdogEnabled } from './present/watchdog-runner';

/** What tests and benchmarks can reach through `window.__tandem`. */
export interface TandemTestHooks {
  /** Every mounted pane, in mounting order. */
  panes: () => PaneHandle[];
  /** The pane with this index (0–3), if mounted. */
  pane: (index: number) => PaneHandle | undefined;
  /** The store's view actions (the benchmark times an indicator or year switch through them). */
  viewActions: () => ViewSlice['viewActions'];
  /** The current view state (to restore it after a measurement). */
  view: () => ViewSlice['view'];
  /** Runs a command of the one registry by id (src/app/commands/); false when unknown or disabled. */
  runCommand: (id: string) => boolean;
  /** Every command id. */
  commandIds: () => string[];
  /** Presentation state (storyboard, scene, autoplay). */
  present: () => PresentSlice['present'];
  /** Camera flight time of scene changes (the soak uses 0). */
  setSceneTransitionMs: (ms: number) => void;
  /** Turns the presentation watchdog off (a soak drives the page harder than a wall does) or back on. */
  setWatchdog: (on: boolean) => void;
  /**
   * Which boundary resolutions are loaded: the detailed ones arrive after the first map, when the page is idle (the
   * soak takes its start sample once they have, so their arrival is not counted as growth).
   */
  geometryLoaded: () => { lo: boolean; hi: boolean };
}

declare global {
  interface Window {
    /** Test and benchmark hook; see src/app/test-hooks.ts. */
    __tandem?: TandemTestHooks;
  }
}

/** Installs `window.__tandem` (call once at start-up). */
export function installTestHooks(): void {
  window.__tandem = {
    panes: () => allPanes(),
    pane: (index) => getPane(index),
    viewActions: () => useAppStore.getState().viewActions,
    view: () => useAppStore.getState().view,
    runCommand: (id) => commandRegistry.run(id),
    commandIds: () => commandRegistry.list().map((c) => c.id),
    present: () => useAppStore.getState().present,
    setSceneTransitionMs,
    setWatchdog: setWatchdogEnabled,
    geometryLoaded: () => {
      const { lo, hi } = useAppStore.getState().geo;
      return { lo: lo !== null, hi: hi !== null };
    },
  };
}
