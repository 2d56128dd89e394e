/**
 * Keeps the URL hash and the view in step: reads it at start-up and when the user pastes a link, and writes it
 * (throttled) when the view or a camera changes. Bad values never blank the map: they fall back with a notice.
 */
import { decodeViewState, encodeViewState } from '../model/view/view-url';
import type { ViewState } from '../model/view/view-state';
import { translate } from '../i18n/translate';
import { useAppStore } from '../store/app-store';
import { cameraStore, setAllCameras } from '../store/camera-store';
import { getClock } from '../lib/clock';
import { decodePresentParams, encodePresentParams } from '../model/present/present-url';

const WRITE_DELAY_MS = 250;

/** The view with live cameras copied in: what a URL or a saved scene holds. */
export function snapshotView(): ViewState {
  const { view } = useAppStore.getState();
  const cameras = cameraStore.getState().cameras;
  return { ...view, panes: view.panes.map((p, i) => ({ ...p, camera: cameras[i] ?? p.camera })) };
}

/** Applies a URL hash to the store (and reports what was ignored). */
export function applyHash(hash: string): void {
  const { state, notices } = decodeViewState(hash);
  useAppStore.getState().viewActions.replaceView(state);
  setAllCameras(state.panes.map((p) => p.camera));
  const push = useAppStore.getState().noticeActions.push;
  if (notices.length) push('warning', translate(state.lang, 'url.notice', { keys: notices.map((n) => n.key).join(', ') }));
  pruneUnknownCounties();
}

/** Drops county codes the boundary set does not know from the view (once the index is loaded), with a notice. */
export function pruneUnknownCounties(): void {
  const { geo, view, viewActions, noticeActions } = useAppStore.getState();
  const known = geo.view;
  if (!known) return;
  let unknown = 0;
  const keep = (codes: string[]): string[] => codes.filter((c) => (known.positionOf.has(c) ? true : (unknown++, false)));
  const selection = keep(view.selection);
  const compare = keep(view.compare);
  let focus = view.focus;
  if (focus && !known.positionOf.has(focus)) {
    focus = null;
    unknown++;
  }
  if (!unknown) return;
  viewActions.replaceView({ ...view, selection, compare, focus });
  noticeActions.push('warning', translate(view.lang, 'url.unknownCounties', { n: unknown }));
}

/** Starts two-way URL synchronisation; returns a function that stops it. */
export function startUrlSync(): () => void {
  const clock = getClock();
  let timer: number | null = null;
  let lastWritten = '';
  const write = (): void => {
    timer = null;
    // While presenting the hash names the storyboard and scene (the view comes from the scene), so a reload resumes.
    const { present } = useAppStore.getState();
    const hash = present.active
      ? encodePresentParams({ story: present.storyId, scene: present.scene, autoplay: present.autoplay })
      : encodeViewState(snapshotView());
    if (hash !== lastWritten) {
      lastWritten = hash;
      history.replaceState(null, '', `#${hash}`);
    }
  };
  const schedule = (): void => {
    if (timer === null) timer = clock.setTimeout(write, WRITE_DELAY_MS);
  };
  const onHashChange = (): void => {
    const hash = location.hash.replace(/^#/, '');
    if (hash !== lastWritten) {
      lastWritten = hash;
      const present = decodePresentParams(hash);
      if (present) useAppStore.getState().presentActions.enter({ storyId: present.story, scene: present.scene, autoplay: present.autoplay });
      else applyHash(hash);
    }
  };
  const unsubView = useAppStore.subscribe((s, prev) => {
    if (s.view !== prev.view || s.present !== prev.present) schedule();
  });
  const unsubCamera = cameraStore.subscribe(schedule);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubView();
    unsubCamera();
    window.removeEventListener('hashchange', onHashChange);
    if (timer !== null) clock.clearTimeout(timer);
  };
}
