/**
 * The year slider's logic: the years to step through, stepping and playback order, playback speeds, and the one
 * updater that moves pane 0's year together with every pane showing the same year.
 */
import type { ViewState } from '../../model/view/view-state';
import { setPaneYear } from '../../store/view-updaters';

/** Playback speeds (years per second). */
export const TIMELINE_SPEEDS: readonly number[] = [0.5, 1, 2];

/** Default playback speed. */
export const DEFAULT_SPEED = 1;

/** Milliseconds one year stays on screen at a speed. */
export function stepIntervalMs(speed: number): number {
  return Math.round(1000 / (speed > 0 ? speed : DEFAULT_SPEED));
}

/** The year `delta` steps from `year` within `years` (ascending), clamped to its ends; snaps a year not listed. */
export function stepYear(years: readonly number[], year: number, delta: number): number {
  if (years.length === 0) return year;
  let at = years.indexOf(year);
  if (at < 0) {
    // Snap to the nearest listed year first.
    at = 0;
    years.forEach((y, i) => {
      if (Math.abs(y - year) < Math.abs(years[at]! - year)) at = i;
    });
  }
  return years[Math.min(years.length - 1, Math.max(0, at + delta))]!;
}

/** The next year of playback, or null at the end. */
export function nextPlayYear(years: readonly number[], year: number): number | null {
  const next = years.find((y) => y > year);
  return next ?? null;
}

/** Where play starts: the first year when playback is at the end, else the current year. */
export function playStartYear(years: readonly number[], year: number): number {
  return nextPlayYear(years, year) === null ? (years[0] ?? year) : year;
}

/** Sets the timeline year: pane 0 and every pane whose year equals pane 0's follow; other panes keep theirs. */
export function setTimelineYear(view: ViewState, year: number): ViewState {
  const lead = view.panes[0]?.year;
  let next = view;
  view.panes.forEach((p, i) => {
    if (i === 0 || p.year === lead) next = setPaneYear(next, i, year);
  });
  return next;
}
