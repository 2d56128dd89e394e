/** The partnership filters: eastern partner, western province, level and the flow measure (with its unit). */
import type { CountyIndexJson } from '../../model/geo/county';
import type { PartnershipView } from '../../model/view/view-state';
import type { PartnershipBundle } from '../../data/partnership-data';
import { useAppStore } from '../../store/app-store';
import { localText } from '../../i18n/translate';
import { eastPartnerOptions, westProvinceOptions } from './partnership-panel-model';
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
  const provinceName = (adcode: string) => index.provinces.find((p) => p.adcode === adcode)?.name;
  const east = eastPartnerOptions(bundle.pairings.pairs, view.structure, provinceName);
  const west = westProvinceOptions(bundle.pairings.pairs, view.structure, provinceName);
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
          {west.map((o) => (
            <option key={o.adcode} value={o.adcode}>
              {o.label}
            </option>
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
            <option key={m.id} value={m.id}>
              {`${localText(lang, m.name)}（${localText(lang, m.unitLabel)}）${m.direction === 'west_to_east' ? ' ←' : ''}`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
