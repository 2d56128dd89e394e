/**
 * Live pane controllers by index, so panels (zoom to province, search fly-to) and tests can reach the maps
 * without holding them in the store.
 */
import type { PaneController } from './pane-controller';

const panes = new Map<number, PaneController>();

/** Registers a pane's controller. */
export function registerPane(index: number, controller: PaneController): void {
  panes.set(index, controller);
}

/** Unregisters a pane (only if it is still the registered one). */
export function unregisterPane(index: number, controller: PaneController): void {
  if (panes.get(index) === controller) panes.delete(index);
}

/** The controller of pane `index`, if mounted. */
export function getPane(index: number): PaneController | undefined {
  return panes.get(index);
}

/** Every mounted pane. */
export function allPanes(): PaneController[] {
  return [...panes.values()];
}
