/** The comparison set as coloured chips (the charts' legend): hover to light a county everywhere, × to remove. */
import { useAppStore } from '../../store/app-store';
import { clearCompare, MAX_COMPARE, removeFromCompare } from '../../store/view-updaters';
import { COMPARE_HEX } from '../../model/compare/colors';
import { compareText } from './compare-strings';
import { hoverProps, useHoveredInSet } from './use-compare-hover';

/** The chips with a clear button. */
export function CompareSetBar() {
  const lang = useAppStore((s) => s.view.lang);
  const set = useAppStore((s) => s.view.compare);
  const geo = useAppStore((s) => s.geo.view);
  const apply = useAppStore((s) => s.viewActions.apply);
  const hovered = useHoveredInSet(set);
  return (
    <div className="compare-set">
      <div className="compare-set__header">
        <strong>{compareText(lang, 'setTitle', { n: set.length, max: MAX_COMPARE })}</strong>
        {set.length > 0 && (
          <button type="button" onClick={() => apply(clearCompare)}>
            {compareText(lang, 'clear')}
          </button>
        )}
      </div>
      {set.length === 0 && <p className="compare__hint">{compareText(lang, 'setEmpty')}</p>}
      <ul className="compare-set__chips" data-testid="compare-set">
        {set.map((adcode, i) => {
          const county = geo?.county(adcode);
          const name = county?.name ?? adcode;
          return (
            <li key={adcode} className={hovered === adcode ? 'compare-chip compare-chip--hover' : 'compare-chip'} {...hoverProps(adcode)}>
              <span className="compare-swatch" style={{ background: COMPARE_HEX[i] }} aria-hidden="true" />
              <span>{name}</span>
              {county && <span className="compare-chip__context">{geo?.province.get(county.province)?.short}</span>}
              <button type="button" className="compare-chip__remove" aria-label={compareText(lang, 'remove', { name })} onClick={() => apply((v) => removeFromCompare(v, adcode))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
