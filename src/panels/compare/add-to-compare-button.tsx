/** "Add to comparison" for a county's profile or selection: adds it, or removes it when already in the set. */
import { useAppStore } from '../../store/app-store';
import { addToCompare, MAX_COMPARE, removeFromCompare } from '../../store/view-updaters';
import { COMPARE_HEX } from '../../model/compare/colors';
import { compareText } from './compare-strings';

/** Props: the county (6-digit adcode). */
export interface AddToCompareButtonProps {
  adcode: string;
}

/** A toggle button showing the county's comparison colour once it is in the set. */
export function AddToCompareButton({ adcode }: AddToCompareButtonProps) {
  const lang = useAppStore((s) => s.view.lang);
  const position = useAppStore((s) => s.view.compare.indexOf(adcode));
  const full = useAppStore((s) => s.view.compare.length >= MAX_COMPARE);
  const apply = useAppStore((s) => s.viewActions.apply);
  const inSet = position >= 0;
  return (
    <button
      type="button"
      className="add-to-compare"
      aria-pressed={inSet}
      disabled={!inSet && full}
      title={!inSet && full ? compareText(lang, 'setFull', { max: MAX_COMPARE }) : undefined}
      data-testid="add-to-compare"
      onClick={() => apply((v) => (inSet ? removeFromCompare(v, adcode) : addToCompare(v, [adcode])))}
    >
      {inSet && <span className="compare-swatch" style={{ background: COMPARE_HEX[position] }} aria-hidden="true" />}
      {compareText(lang, inSet ? 'inSet' : 'add')}
    </button>
  );
}
