/**
 * The year slider's logic: the years to step through, stepping and playback order, playback speeds, and which
 * panes the timeline moves (all of them, or pane 0 and the panes showing its year).
 */
import { paneCountOf, type ViewState } from '../../model/view/view-state';
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

/**
 * The panes (0-based, ascending) the timeline moves: every shown pane when all follow it, else pane 0 and the
 * panes showing pane 0's year (two panes on one year move together; a pane set to another year keeps it).
 */
export function timelineDrivenPanes(view: ViewState): number[] {
  const count = Math.min(view.panes.length, paneCountOf(view.layout));
  const lead = view.panes[0]?.year;
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (view.timelineAll || i === 0 || view.panes[i]!.year === lead) out.push(i);
  return out;
}

/** Sets the timeline year on the panes it drives; other panes keep theirs. */
export function setTimelineYear(view: ViewState, year: number): ViewState {
  let next = view;
  for (const i of timelineDrivenPanes(view)) next = setPaneYear(next, i, year);
  return next;
}

/** Turns "all panes follow the timeline" on (every pane takes pane 0's year at once) or off (years are kept). */
export function setTimelineAll(view: ViewState, all: boolean): ViewState {
  const next = { ...view, timelineAll: all };
  const year = view.panes[0]?.year;
  return all && year !== undefined ? setTimelineYear(next, year) : next;
}

/** "1、2" / "1, 2": the 1-based numbers of panes as the timeline note lists them. */
export function paneNumbers(lang: 'zh-CN' | 'en', panes: readonly number[]): string {
  return panes.map((i) => String(i + 1)).join(lang === 'en' ? ', ' : '、');
}

/** What `timelineYears` needs of a dataset (a DatasetEntry fits). */
export interface TimelineDatasetLike {
  id: string;
  manifest: { years: readonly number[]; indicators: readonly { id: string; years?: readonly number[] }[] };
}

/**
 * The years an indicator (`dataset:indicator`, null = the sample's) has: its own years where it names them (a
 * single-year census indicator), else its dataset's, else `fallback` (the sample years) while nothing is loaded.
 */
export function indicatorYears(indicator: string | null, datasets: readonly TimelineDatasetLike[], fallback: readonly number[]): readonly number[] {
  const [datasetId, indicatorId] = indicator ? [indicator.slice(0, indicator.indexOf(':')), indicator.slice(indicator.indexOf(':') + 1)] : ['sample', ''];
  const manifest = datasets.find((d) => d.id === datasetId)?.manifest;
  const meta = indicator ? manifest?.indicators.find((m) => m.id === indicatorId) : undefined;
  const years = meta?.years ?? manifest?.years ?? null;
  return years && years.length > 0 ? years : fallback;
}

/** The years the timeline steps through: those of pane 0's indicator (see indicatorYears). */
export function timelineYears(view: ViewState, datasets: readonly TimelineDatasetLike[], fallback: readonly number[]): readonly number[] {
  return indicatorYears(view.panes[0]?.indicator ?? null, datasets, fallback);
}

/** Starts or stops timeline playback (starting from the first year when playback stands at the end). */
export function setTimelinePlaying(view: ViewState, playing: boolean, years: readonly number[]): ViewState {
  if (view.briefing.playing === playing) return view;
  const year = view.panes[0]?.year;
  const started = playing && year !== undefined ? setTimelineYear(view, playStartYear(years, year)) : view;
  return { ...started, briefing: { ...started.briefing, playing } };
}

/** Sets the playback speed (years per second). */
export function setTimelineSpeed(view: ViewState, speed: ViewState['briefing']['speed']): ViewState {
  return view.briefing.speed === speed ? view : { ...view, briefing: { ...view.briefing, speed } };
}
