/**
 * The year slider in the header: drives pane 0's year and the panes showing the same year (or every pane, when
 * all follow it; the slider says which), with play/pause and speed. Playing and speed are view state
 * (view.briefing), so a scene replays them; the playback itself runs in src/app/timeline-playback.ts and the keys
 * (← / → change the year, Space plays and pauses) are commands in the one registry (src/app/commands/).
 */
import { useCallback } from 'react';
import { useAppStore } from '../../store/app-store';
import { commandRegistry } from '../../store/command-registry';
import { SAMPLE_YEARS } from '../../model/indicators/registry';
import { isSingleYear } from '../../model/indicators/indicator-year';
import { paneCountOf } from '../../model/view/view-state';
import { BRIEFING_SPEEDS } from '../../model/present/briefing-view';
import { paneNumbers, setTimelineAll, setTimelineSpeed, setTimelineYear, stepYear, timelineDrivenPanes, timelineYears } from './timeline-model';
import { TIMELINE_STRINGS as S } from './timeline-strings';
import { pickText } from '../indicator/indicator-strings';
import './timeline-panel.css';

/** The year slider. */
export function TimelinePanel() {
  const lang = useAppStore((s) => s.view.lang);
  const year = useAppStore((s) => s.view.panes[0]?.year ?? SAMPLE_YEARS[0]!);
  // A string, so the selector's result is stable between renders.
  const yearsKey = useAppStore((s) => timelineYears(s.view, s.data.datasets, SAMPLE_YEARS).join(','));
  const years = yearsKey.split(',').map(Number);
  const apply = useAppStore((s) => s.viewActions.apply);
  const all = useAppStore((s) => s.view.timelineAll);
  const drivenKey = useAppStore((s) => timelineDrivenPanes(s.view).join(','));
  const paneCount = useAppStore((s) => Math.min(s.view.panes.length, paneCountOf(s.view.layout)));
  const driven = drivenKey ? drivenKey.split(',').map(Number) : [];
  const playing = useAppStore((s) => s.view.briefing.playing);
  const speed = useAppStore((s) => s.view.briefing.speed);
  const t = (key: keyof typeof S, params?: Record<string, number | string>): string => pickText(lang, S[key], params);

  const goTo = useCallback((y: number) => apply((v) => setTimelineYear(v, y)), [apply]);
  const toggle = useCallback(() => commandRegistry.run('timeline.play'), []);

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
          <select
            value={speed}
            onChange={(e) => {
              const next = BRIEFING_SPEEDS.find((v) => v === Number(e.target.value));
              if (next !== undefined) apply((v) => setTimelineSpeed(v, next));
            }}
            aria-label={t('speed')}
          >
            {BRIEFING_SPEEDS.map((s) => (
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
