/**
 * Runs the watchdog (model/present/watchdog.ts) while presenting: animation frames are counted, every pane's
 * `data-render-count` (bumped each time its map goes idle, i.e. finished drawing) is compared with its value at the
 * last scene change, and a verdict reloads the page — the hash holds the storyboard and scene, so it comes back
 * to the same scene.
 */
import { useAppStore } from '../../store/app-store';
import { watchdogVerdict, WATCHDOG_LIMITS, type WatchdogLimits } from '../../model/present/watchdog';

const TICK_MS = 5000;
/** Where the last reload's reason is kept (monitoring reads it after the reload). */
export const WATCHDOG_REASON_KEY = 'tandem-watchdog-reason';

let enabled = true;

/** Turns the watchdog off or on (the soak and browser tests drive the page harder than a wall, on purpose). */
export function setWatchdogEnabled(on: boolean): void {
  enabled = on;
}

function renderCounts(): Map<string, string> {
  const out = new Map<string, string>();
  document.querySelectorAll<HTMLElement>('.map-pane:not(.map-pane--parked) .map-pane__canvas').forEach((el) => {
    out.set(el.dataset.testid ?? '', el.dataset.renderCount ?? '0');
  });
  return out;
}

/** Starts the watchdog; `reload` is injectable for tests. Returns a function that stops it. */
export function startWatchdog(limits: WatchdogLimits = WATCHDOG_LIMITS, reload: () => void = () => location.reload()): () => void {
  let lastFrameMs = performance.now();
  let raf = 0;
  const frame = (): void => {
    lastFrameMs = performance.now();
    raf = requestAnimationFrame(frame);
  };
  raf = requestAnimationFrame(frame);
  let sceneChangedMs = performance.now();
  let countsAtChange = renderCounts();
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.present.sceneSerial !== prev.present.sceneSerial) {
      sceneChangedMs = performance.now();
      countsAtChange = renderCounts();
    }
  });
  // Nothing counts before the wall has drawn a map once: a slow first load is not a hang.
  let everReady = false;
  const tick = window.setInterval(() => {
    everReady ||= document.querySelector('.map-pane__canvas[data-map-ready="true"]') !== null;
    if (!enabled || !everReady) {
      lastFrameMs = Math.max(lastFrameMs, performance.now() - TICK_MS);
      return;
    }
    const now = renderCounts();
    const drew = [...now.entries()].every(([id, count]) => countsAtChange.get(id) !== count);
    if (drew) {
      // Every pane drew since the change: the scene is on screen; watch for the next change only.
      sceneChangedMs = performance.now();
      countsAtChange = now;
    }
    const verdict = watchdogVerdict({
      nowMs: performance.now(),
      visible: document.visibilityState === 'visible',
      presenting: useAppStore.getState().present.active,
      lastFrameMs,
      sceneChangedMs,
      panesDrewSinceChange: drew || now.size === 0,
    }, limits);
    if (verdict) {
      try {
        sessionStorage.setItem(WATCHDOG_REASON_KEY, `${new Date().toISOString()} ${verdict}`);
      } catch {
        /* storage unavailable: the reload still happens */
      }
      reload();
    }
  }, TICK_MS);
  return () => {
    cancelAnimationFrame(raf);
    window.clearInterval(tick);
    unsubscribe();
  };
}
