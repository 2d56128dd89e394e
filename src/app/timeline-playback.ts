/**
 * Timeline playback, run by the shell rather than by the slider: playing is view state (view.briefing.playing),
 * so a scene that plays the timeline plays it on a wall where the header (and the slider) is hidden. One timer per
 * shown year, from `getClock()`, so tests and the soak can step time.
 */
import { useAppStore } from '../store/app-store';
import { getClock } from '../lib/clock';
import { SAMPLE_YEARS } from '../model/indicators/registry';
import { nextPlayYear, setTimelineYear, stepIntervalMs, timelineYears } from '../panels/timeline/timeline-model';

/** Starts the playback loop; returns a function that stops it. */
export function startTimelinePlayback(): () => void {
  const clock = getClock();
  let timer: number | null = null;
  let scheduledFor = '';
  const schedule = (): void => {
    const { view } = useAppStore.getState();
    const key = view.briefing.playing ? `${view.panes[0]?.year}|${view.briefing.speed}|${view.panes[0]?.indicator}` : '';
    if (key === scheduledFor) return;
    scheduledFor = key;
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (!key) return;
    timer = clock.setTimeout(() => {
      timer = null;
      scheduledFor = '';
      const s = useAppStore.getState();
      const years = timelineYears(s.view, s.data.datasets, SAMPLE_YEARS);
      const next = nextPlayYear(years, s.view.panes[0]?.year ?? 0);
      s.viewActions.apply((v) => (next === null ? { ...v, briefing: { ...v.briefing, playing: false } } : setTimelineYear(v, next)));
      schedule();
    }, stepIntervalMs(view.briefing.speed));
  };
  schedule();
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.view !== prev.view) schedule();
  });
  return () => {
    unsubscribe();
    if (timer !== null) clock.clearTimeout(timer);
  };
}
