/**
 * The live camera of each pane, kept outside the app store: it changes every frame while panning, and only the
 * map panes (and the URL writer, throttled) listen to it.
 */
import { createStore } from 'zustand/vanilla';
import type { Camera } from '../model/view/view-state';

/** Cameras by pane index. */
export interface CameraState {
  cameras: Camera[];
  /** Which pane the user is moving (linked panes follow it; null = none). */
  driver: number | null;
}

/** The transient camera store (vanilla: subscribe without React). */
export const cameraStore = createStore<CameraState>(() => ({ cameras: [], driver: null }));

/** Replaces all cameras (URL restore, layout change). */
export function setAllCameras(cameras: Camera[]): void {
  cameraStore.setState({ cameras: cameras.map((c) => ({ ...c })) });
}
