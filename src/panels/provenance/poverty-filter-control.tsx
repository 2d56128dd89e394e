/** The map filter control: show every county, or dim all but the national poverty counties (or one exit year). */
import { useAppStore } from '../../store/app-store';
import { setMapFilter } from '../../store/view-updaters';
import { parsePovertyFilter } from '../../model/indicators/poverty-filter';
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
  const filter = useAppStore((s) => s.view.mapFilter);
  const apply = useAppStore((s) => s.viewActions.apply);
  const columns = useDesignationColumns();
  if (!columns) return null;
  const S = RANKING_STRINGS;
  return (
    <label className="poverty-filter-control">
      <span>{pickText(lang, S.poverty)}</span>{' '}
      <select value={filter} onChange={(e) => apply((v) => setMapFilter(v, parsePovertyFilter(e.target.value)))} data-testid={`map-poverty-filter-${pane}`}>
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
