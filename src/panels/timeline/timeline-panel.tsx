/**
 * The year slider in the header: drives pane 0's year and the panes showing the same year (or every pane, when
 * all follow it; the slider says which), with play/pause and speed. Playback asks `getClock()` for its timers so
 * tests and wall-display scenes can step time. Keys: ← / → change the year (on the slider, or anywhere when nothing
 * else has focus), Space plays and pauses.
 */
import { useCallback, useEffect, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { getClock } from '../../lib/clock';
import { splitIndicatorId } from '../../model/indicators/dataset';
import { SAMPLE_YEARS } from '../../model/indicators/registry';
import { isSingleYear } from '../../model/indicators/indicator-year';
import { paneCountOf } from '../../model/view/view-state';
import { DEFAULT_SPEED, TIMELINE_SPEEDS, nextPlayYear, paneNumbers, playStartYear, setTimelineAll, setTimelineYear, stepIntervalMs, stepYear, timelineDrivenPanes } from './timeline-model';
import { TIMELINE_STRINGS as S } from './timeline-strings';
import { pickText } from '../indicator/indicator-strings';
import './timeline-panel.css';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName));
}

/** The year slider. */
export function TimelinePanel() {
  const lang = useAppStore((s) => s.view.lang);
  const year = useAppStore((s) => s.view.panes[0]?.year ?? SAMPLE_YEARS[0]!);
  const indicator = useAppStore((s) => s.view.panes[0]?.indicator ?? null);
  const manifestYears = useAppStore((s) => {
    const id = indicator ? splitIndicatorId(indicator).datasetId : 'sample';
    const manifest = s.data.datasets.find((d) => d.id === id)?.manifest;
    // The indicator's own years where it names one (a single-year census indicator), else its dataset's.
    const meta = indicator ? manifest?.indicators.find((m) => m.id === splitIndicatorId(indicator).indicatorId) : undefined;
    return meta?.years ?? manifest?.years ?? null;
  });
  const years = manifestYears && manifestYears.length > 0 ? manifestYears : SAMPLE_YEARS;
  const apply = useAppStore((s) => s.viewActions.apply);
  const all = useAppStore((s) => s.view.timelineAll);
  // A string, so the selector's result is stable between renders.
  const drivenKey = useAppStore((s) => timelineDrivenPanes(s.view).join(','));
  const paneCount = useAppStore((s) => Math.min(s.view.panes.length, paneCountOf(s.view.layout)));
  const driven = drivenKey ? drivenKey.split(',').map(Number) : [];
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(DEFAULT_SPEED);
  const t = (key: keyof typeof S, params?: Record<string, number | string>): string => pickText(lang, S[key], params);

  const goTo = useCallback((y: number) => apply((v) => setTimelineYear(v, y)), [apply]);
  const toggle = useCallback(() => {
    if (!playing) goTo(playStartYear(years, year));
    setPlaying(!playing);
  }, [goTo, years, year, playing]);

  // Playback: one timer per shown year; the next year is scheduled once this one is in the store.
  useEffect(() => {
    if (!playing) return;
    const clock = getClock();
    const id = clock.setTimeout(() => {
      const next = nextPlayYear(years, year);
      if (next === null) setPlaying(false);
      else goTo(next);
    }, stepIntervalMs(speed));
    return () => clock.clearTimeout(id);
  }, [playing, year, years, speed, goTo]);

  // Global keys when nothing that takes keys has focus.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        goTo(stepYear(years, year, e.key === 'ArrowLeft' ? -1 : 1));
      } else if (e.key === ' ') {
        e.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, toggle, years, year]);

  const first = years[0] ?? year;
  const last = years[years.length - 1] ?? year;
  // A single-year indicator: the slider shows that only this year exists, and the map shows it whatever the year.
  const only = isSingleYear(years) ? years[0]! : null;
  return (
    <div className="timeline-panel" role="group" aria-label={t('label')} data-testid="timeline">
      <button
        type="button"
        className="timeline-panel__play"
        aria-pressed={playing}
        aria-label={playing ? t('pause') : t('play')}
        title={t('keys')}
        data-testid="timeline-play"
        disabled={only !== null}
        onClick={toggle}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <label className="timeline-panel__slider">
        <span className="visually-hidden">{t('label')}</span>
        <input
          type="range"
          min={first}
          max={last}
          step={1}
          value={only ?? year}
          disabled={only !== null}
          data-testid="timeline-slider"
          aria-valuetext={String(only ?? year)}
          onChange={(e) => goTo(stepYear(years, Number(e.target.value), 0))}
          onKeyDown={(e) => {
            if (e.key === ' ') {
              e.preventDefault();
              toggle();
            }
          }}
        />
      </label>
      <output className="timeline-panel__year" data-testid="timeline-year" aria-live="polite">
        {only ?? year}
      </output>
      {only !== null && (
        <span className="timeline-panel__only" data-testid="timeline-only-year">
          {pickText(lang, S.onlyYear, { year: only })}
        </span>
      )}
      {/* With several panes, say which ones the slider moves, and offer to make them all follow it. */}
      {paneCount > 1 && (
        <>
          <span className="timeline-panel__drives" title={t('drivesTitle')} data-testid="timeline-drives">
            {t('drives', { panes: paneNumbers(lang, driven) })}
          </span>
          <label className="timeline-panel__all" title={t('allTitle')}>
            <input type="checkbox" checked={all} data-testid="timeline-all" onChange={(e) => apply((v) => setTimelineAll(v, e.target.checked))} />
            {t('all')}
          </label>
        </>
      )}
      {/* One year: no speed to choose; the note above takes its place so the header keeps its single row. */}
      {only === null && (
        <label className="timeline-panel__speed">
          <span className="visually-hidden">{t('speed')}</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-label={t('speed')}>
            {TIMELINE_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t('speedValue', { n: s })}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
