/**
 * `applyView(view, { transitionMs })` replays any view (a scene, a saved view, a link): the store takes the view in
 * one step, so colours change through the fill layers' update triggers (no new geometry) and panes that stay in the
 * layout keep their maps (no remount, no new WebGL context); the cameras of mounted panes fly to the view's cameras
 * instead of jumping. The nominal national camera means "all of China in this pane", framed for the pane's aspect.
 */
import { NATIONAL_CAMERA, type Camera, type ViewState } from '../../model/view/view-state';
import { useAppStore } from '../../store/app-store';
import { cameraStore } from '../../store/camera-store';
import { getPane } from '../../selectors/pane-registry';

/** Options of applyView. */
export interface ApplyViewOptions {
  /** Camera flight time; 0 jumps (tests, the soak). */
  transitionMs?: number;
}

const EPS = 1e-6;
function isNational(c: Camera): boolean {
  return Math.abs(c.lng - NATIONAL_CAMERA.lng) < EPS && Math.abs(c.lat - NATIONAL_CAMERA.lat) < EPS && Math.abs(c.zoom - NATIONAL_CAMERA.zoom) < EPS;
}

/** Replays a view; see the module comment. */
export function applyView(view: ViewState, { transitionMs = 0 }: ApplyViewOptions = {}): void {
  const current = cameraStore.getState().cameras;
  // Mounted panes keep their live camera until they fly; panes about to mount start from the view's camera.
  cameraStore.setState({ cameras: view.panes.map((p, i) => (getPane(i) ? (current[i] ?? p.camera) : { ...p.camera })), driver: null });
  useAppStore.getState().viewActions.replaceView(view);
  view.panes.forEach((pane, i) => {
    const handle = getPane(i);
    if (!handle) return;
    // Linked panes follow pane 1's flight through the camera store, as they follow a user's drag.
    if (i > 0 && pane.link !== 'independent' && !view.swipe.enabled) return;
    if (isNational(pane.camera)) {
      handle.frameChina(transitionMs);
      // The pane may change shape while the camera flies (a scene with another layout): frame again when it lands.
      if (transitionMs > 0) handle.map.once('moveend', () => handle.frameChina(0));
    } else handle.flyTo(pane.camera, transitionMs);
  });
}
