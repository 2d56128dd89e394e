/**
 * The partnership filters: eastern partner, western partner (province or prefecture, full names), level and the flow
 * measure (with its unit, and a plain word for the measures that flow west to east).
 */
import type { CountyIndexJson } from '../../model/geo/county';
import type { PartnershipView } from '../../model/view/view-state';
import type { PartnershipBundle } from '../../data/partnership-data';
import { useAppStore } from '../../store/app-store';
import { effectivePlaceNames, placeName } from '../../model/geo/place-name';
import { eastPartnerOptions, measureOptionLabel, westPartnerOptions, type PartnerName } from './partnership-panel-model';
import { partnershipText, type PartnershipStringKey } from './partnership-strings';

/** Props: the data, the county index (for province names), the current options and the change callback. */
export interface PartnershipFiltersProps {
  bundle: PartnershipBundle;
  index: CountyIndexJson;
  view: PartnershipView;
  onChange: (patch: Partial<PartnershipView>) => void;
}

const LEVELS: { id: PartnershipView['level']; label: PartnershipStringKey }[] = [
  { id: 'all', label: 'levelAll' },
  { id: 'province', label: 'levelProvince' },
  { id: 'prefecture', label: 'levelPrefecture' },
  { id: 'county', label: 'levelCounty' },
];

/** The filter row. */
export function PartnershipFilters({ bundle, index, view, onChange }: PartnershipFiltersProps) {
  const lang = useAppStore((s) => s.view.lang);
  const names = useAppStore((s) => effectivePlaceNames(s.view.lang, s.view.placeNames));
  const nameOf: PartnerName = (adcode, level) => {
    const unit = level === 'province' ? index.provinces.find((p) => p.adcode === adcode) : index.prefectures.find((p) => p.adcode === adcode);
    return unit && placeName(unit, names);
  };
  const east = eastPartnerOptions(bundle.pairings.pairs, view.structure, nameOf);
  const west = westPartnerOptions(bundle.pairings.pairs, view.structure, nameOf);
  const westGroups = [
    { label: partnershipText(lang, 'westGroupProvinces'), options: west.filter((o) => o.level === 'province') },
    { label: partnershipText(lang, 'westGroupPrefectures'), options: west.filter((o) => o.level === 'prefecture') },
  ].filter((g) => g.options.length > 0);
  return (
    <div className="partnership-filters">
      <label>
        {partnershipText(lang, 'eastFilter')}
        <select data-testid="partnership-east-filter" value={view.eastFilter ?? ''} onChange={(e) => onChange({ eastFilter: e.currentTarget.value || null })}>
          <option value="">{partnershipText(lang, 'all')}</option>
          {east.map((o) => (
            <option key={o.adcode} value={o.adcode}>
              {o.level === 'prefecture' ? `\u3000${o.label}` : o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {partnershipText(lang, 'westFilter')}
        <select data-testid="partnership-west-filter" value={view.westProvinceFilter ?? ''} onChange={(e) => onChange({ westProvinceFilter: e.currentTarget.value || null })}>
          <option value="">{partnershipText(lang, 'all')}</option>
          {westGroups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.adcode} value={o.adcode}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {partnershipText(lang, 'level')}
        <select data-testid="partnership-level" value={view.level} onChange={(e) => onChange({ level: e.currentTarget.value as PartnershipView['level'] })}>
          {LEVELS.map((l) => (
            <option key={l.id} value={l.id}>
              {partnershipText(lang, l.label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {partnershipText(lang, 'measure')}
        <select data-testid="partnership-measure" value={view.measure} onChange={(e) => onChange({ measure: e.currentTarget.value })}>
          {bundle.registry.measures.map((m) => (
            <option key={m.id} value={m.id} title={m.direction === 'west_to_east' ? partnershipText(lang, 'reverseNote') : undefined}>
              {measureOptionLabel(lang, m, partnershipText(lang, 'westToEastShort'))}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
