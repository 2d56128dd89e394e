/** The map filter control: show every county, or dim all but the national poverty counties (or one exit year). */
import { useAppStore } from '../../store/app-store';
import { usePovertyFilterStore } from '../../store/poverty-filter-store';
import { parsePovertyFilter, povertyFilterValue } from '../../model/poverty-filter';
import { pickText } from '../indicator/indicator-strings';
import { RANKING_STRINGS } from '../ranking/ranking-strings';
import { useDesignationColumns } from '../../selectors/use-designation-columns';

/** Props: the pane the control sits on (for its test id). */
export interface PovertyFilterControlProps {
  pane: number;
}

/** The select (nothing until the facts dataset has loaded). */
export function PovertyFilterControl({ pane }: PovertyFilterControlProps) {
  const lang = useAppStore((s) => s.view.lang);
  const filter = usePovertyFilterStore((s) => s.filter);
  const setFilter = usePovertyFilterStore((s) => s.setFilter);
  const columns = useDesignationColumns();
  if (!columns) return null;
  const S = RANKING_STRINGS;
  return (
    <label className="poverty-filter-control">
      <span>{pickText(lang, S.poverty)}</span>{' '}
      <select value={povertyFilterValue(filter)} onChange={(e) => setFilter(parsePovertyFilter(e.target.value))} data-testid={`map-poverty-filter-${pane}`}>
        <option value="all">{pickText(lang, S.povertyAll)}</option>
        <option value="designated">{pickText(lang, S.povertyOnly)}</option>
        <option value="not_designated">{pickText(lang, S.povertyNot)}</option>
        {[2016, 2017, 2018, 2019, 2020].map((y) => (
          <option key={y} value={y}>{pickText(lang, S.povertyExit, { year: y })}</option>
        ))}
      </select>
    </label>
  );
}
