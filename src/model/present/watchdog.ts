/**
 * The wall's watchdog decision (pure): a presentation whose maps stop drawing is reloaded into its current scene.
 * Two signs count: animation frames stopped altogether (a hung page or a dead compositor), or a scene change that
 * no visible pane finished drawing within the grace time (a pane stuck after a lost context or a failed load).
 */

/** What the watchdog sees at a tick. */
export interface WatchdogSample {
  nowMs: number;
  /** The page is visible (a hidden tab gets no frames by design: never reload it). */
  visible: boolean;
  presenting: boolean;
  /** Time of the last animation frame. */
  lastFrameMs: number;
  /** Time of the last scene change. */
  sceneChangedMs: number;
  /** Whether every visible pane drew (went idle) since the last scene change. */
  panesDrewSinceChange: boolean;
}

/** Watchdog limits. */
export interface WatchdogLimits {
  /** No animation frame for this long: reload. */
  frameStallMs: number;
  /** A scene not drawn by every visible pane this long after it changed: reload. */
  sceneGraceMs: number;
}

/** Defaults: generous, because a software-rendered wall can take seconds per scene. */
export const WATCHDOG_LIMITS: WatchdogLimits = { frameStallMs: 60_000, sceneGraceMs: 120_000 };

/** Whether to reload now, and why (null = keep running). */
export function watchdogVerdict(s: WatchdogSample, limits: WatchdogLimits = WATCHDOG_LIMITS): 'frames-stalled' | 'scene-not-drawn' | null {
  if (!s.presenting || !s.visible) return null;
  if (s.nowMs - s.lastFrameMs > limits.frameStallMs) return 'frames-stalled';
  if (!s.panesDrewSinceChange && s.nowMs - s.sceneChangedMs > limits.sceneGraceMs) return 'scene-not-drawn';
  return null;
}
