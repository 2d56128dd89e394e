/** The pairings that pass the filters, with the measure's figure; a click opens the pairing's scorecard. */
import type { PartnershipView } from '../../model/view/view-state';
import type { MeasureMeta } from '../../model/partnership/measures';
import type { PartnershipBundle } from '../../data/partnership-data';
import { useAppStore } from '../../store/app-store';
import { eastProvinceColor } from '../../model/partnership/style';
import { formatMeasureValue, pairRows, provinceOf } from './partnership-panel-model';
import { partnershipText } from './partnership-strings';

/** Props of the pairing list. */
export interface PartnershipPairListProps {
  bundle: PartnershipBundle;
  view: PartnershipView;
  measure: MeasureMeta;
  valueOf: (pairId: string) => number | null;
  onOpen: (pairId: string) => void;
}

/** The list. */
export function PartnershipPairList({ bundle, view, measure, valueOf, onOpen }: PartnershipPairListProps) {
  const lang = useAppStore((s) => s.view.lang);
  const rows = pairRows(bundle.pairings.pairs, view, valueOf);
  return (
    <div className="partnership-pairs">
      <h3>{partnershipText(lang, 'pairs', { n: rows.length })}</h3>
      <ul data-testid="partnership-pair-list">
        {rows.map((row) => {
          const [r, g, b] = eastProvinceColor(provinceOf(row.pair.east.adcode));
          return (
            <li key={row.pair.id}>
              <button
                type="button"
                data-pair={row.pair.id}
                aria-pressed={view.pair === row.pair.id}
                title={partnershipText(lang, 'openScorecard', { pair: row.label })}
                onClick={() => onOpen(row.pair.id)}
              >
                <span className="partnership-pairs__swatch" style={{ background: `rgb(${r},${g},${b})` }} />
                <span className="partnership-pairs__label">{row.label}</span>
                <span className="partnership-pairs__level">
                  {partnershipText(lang, row.pair.level === 'province' ? 'pairLevelProvince' : 'pairLevelPrefecture')}
                </span>
                <span className="partnership-pairs__value">{formatMeasureValue(lang, row.value, measure)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
