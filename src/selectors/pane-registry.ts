/**
 * Live panes by index, so panels (zoom to province, search fly-to, zoom to a selected county) and tests can reach
 * the maps without holding them in the store. Camera commands go to the pane the user last worked in (the focused
 * pane); panes linked to it follow through the camera store, as they do when the user moves it by hand.
 */
import { useSyncExternalStore } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Camera } from '../model/view/view-state';

/** What the registry hands out of a pane: src/map/pane-controller.ts's PaneController fits. */
export interface PaneHandle {
  readonly map: MaplibreMap;
  /** Animates to a bounding box [w, s, e, n]. */
  fitBounds(bbox: [number, number, number, number], maxZoom?: number): void;
  jumpTo(camera: Camera): void;
  getCamera(): Camera;
  /** Flies to a camera (scene changes on the wall); linked panes follow. */
  flyTo(camera: Camera, durationMs: number): void;
  /** Shows all of China in the pane's free area, flying when given a duration. */
  frameChina(durationMs?: number): void;
  /** Frames China again if the covers changed since the last fit and the camera has not moved; true if it did. */
  refitIfCoversChanged?(): boolean;
}

const panes = new Map<number, PaneHandle>();
let focused: number | null = null;
/** Counts registrations and removals, so effects that reach the maps run again once a map exists. */
let registryVersion = 0;
const registryListeners = new Set<() => void>();

function registryChanged(): void {
  registryVersion++;
  for (const listener of registryListeners) listener();
}

/** Registers a pane's controller. */
export function registerPane(index: number, pane: PaneHandle): void {
  panes.set(index, pane);
  registryChanged();
}

/** Unregisters a pane (only if it is still the registered one). */
export function unregisterPane(index: number, pane: PaneHandle): void {
  if (panes.get(index) !== pane) return;
  panes.delete(index);
  registryChanged();
}

function subscribeRegistry(listener: () => void): () => void {
  registryListeners.add(listener);
  return () => registryListeners.delete(listener);
}

/**
 * A number that changes whenever a pane's map comes or goes. A pane builds its map only once its first frame's data
 * is in, after the effects of the panels around it have run: an effect that reaches a map (callouts, the wall's
 * refit) lists this among its dependencies so it runs again when the map exists.
 */
export function usePaneRegistryVersion(): number {
  return useSyncExternalStore(subscribeRegistry, () => registryVersion);
}

/** The pane `index`, if mounted. */
export function getPane(index: number): PaneHandle | undefined {
  return panes.get(index);
}

/** Every mounted pane, in mounting order. */
export function allPanes(): PaneHandle[] {
  return [...panes.values()];
}

/** Remembers the pane the user is working in (pointer, click, camera move). */
export function focusPane(index: number): void {
  focused = index;
}

/** The pane the user last worked in (null before any). */
export function focusedPane(): number | null {
  return focused;
}

/**
 * Pure: the pane a camera command moves — the focused pane while it is mounted, else the lowest mounted index
 * (pane 1 of the layout, whatever order the panes mounted in); null with no pane mounted.
 */
export function cameraTargetPane(mounted: Iterable<number>, focusedIndex: number | null): number | null {
  let lowest: number | null = null;
  for (const index of mounted) {
    if (index === focusedIndex) return index;
    if (lowest === null || index < lowest) lowest = index;
  }
  return lowest;
}

/** Fits the target pane (see `cameraTargetPane`) to a bounding box; linked panes follow it. */
export function fitTargetPane(bbox: [number, number, number, number], maxZoom: number): void {
  const target = cameraTargetPane(panes.keys(), focused);
  if (target !== null) panes.get(target)?.fitBounds(bbox, maxZoom);
}

/** Forgets every pane and the focus (tests). */
export function resetPaneRegistry(): void {
  panes.clear();
  focused = null;
}
