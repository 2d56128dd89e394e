/**
 * The training-programme control of the matching tab: in the chosen places (the map's selected counties, or whole
 * western provinces) a share of the untrained workers become trained, in plan B, plan A or both; with plan B alone
 * the totals' difference column shows what the programme changes. Everything lives in `view.matching`.
 */
import type { Lang } from '../../model/view/view-state';
import { MAX_TRAIN_PLACES, type MatchingView, type TrainPlan } from '../../model/matching/matching-view';
import type { PlaceNamer } from './matching-model';
import { matchingText } from './matching-strings';

/** The twelve western provinces of the partnership programme. */
const WEST_PROVINCES = ['150000', '450000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000'];

/** Props of the training control. */
export interface MatchingTrainingProps {
  lang: Lang;
  namer: PlaceNamer | null;
  m: MatchingView;
  /** The map's selected counties. */
  selection: readonly string[];
  set: (patch: Partial<MatchingView>) => void;
}

/** Places with `more` added (no duplicates, at most MAX_TRAIN_PLACES). */
function withPlaces(places: readonly string[], more: readonly string[]): string[] {
  return [...new Set([...places, ...more])].slice(0, MAX_TRAIN_PLACES);
}

/** The training programme's controls. */
export function MatchingTraining({ lang, namer, m, selection, set }: MatchingTrainingProps) {
  const change = (patch: Partial<MatchingView>) => set({ ...patch, flow: null });
  return (
    <fieldset className="matching__training" data-testid="matching-training">
      <legend>{matchingText(lang, 'training')}</legend>
      <p className="matching__hint">{matchingText(lang, 'trainingHint')}</p>
      <button type="button" disabled={selection.length === 0} onClick={() => change({ trainPlaces: withPlaces(m.trainPlaces, selection) })} data-testid="matching-train-selection">
        {matchingText(lang, 'trainAddSelection', { n: selection.length })}
      </button>{' '}
      <label>
        {matchingText(lang, 'trainAddProvince')}{' '}
        <select value="" onChange={(e) => e.target.value && change({ trainPlaces: withPlaces(m.trainPlaces, [e.target.value]) })} data-testid="matching-train-province">
          <option value="">—</option>
          {WEST_PROVINCES.map((p) => <option key={p} value={p}>{namer?.name(p) ?? p}</option>)}
        </select>
      </label>
      {m.trainPlaces.length > 0 && (
        <ul className="matching__train-places" data-testid="matching-train-places">
          {m.trainPlaces.map((p) => (
            <li key={p}>
              {namer?.name(p) ?? p}{' '}
              <button type="button" aria-label={matchingText(lang, 'trainRemove', { name: namer?.name(p) ?? p })} onClick={() => change({ trainPlaces: m.trainPlaces.filter((x) => x !== p) })}>×</button>
            </li>
          ))}
        </ul>
      )}
      <label>
        {matchingText(lang, 'trainShare')}{' '}
        <input type="number" min={0} max={100} step={5} value={Math.round(m.trainShare * 100)} onChange={(e) => change({ trainShare: Math.max(0, Math.min(100, Number(e.target.value) || 0)) / 100 })} data-testid="matching-train-share" />
      </label>{' '}
      <label>
        {matchingText(lang, 'trainPlan')}{' '}
        <select value={m.trainPlan} onChange={(e) => change({ trainPlan: e.target.value as TrainPlan })} data-testid="matching-train-plan">
          <option value="b">{matchingText(lang, 'planB')}</option>
          <option value="a">{matchingText(lang, 'planA')}</option>
          <option value="both">{matchingText(lang, 'trainBoth')}</option>
        </select>
      </label>
      {m.trainPlaces.length > 0 && (
        <button type="button" onClick={() => change({ trainPlaces: [] })} data-testid="matching-train-clear">{matchingText(lang, 'trainClear')}</button>
      )}
    </fieldset>
  );
}
