/**
 * The county-pair section of the partnership panel at county level: the drawn county arcs as table rows, and what
 * selecting one does (highlight on map 1, arcs switched on if they were off, both counties fitted into view).
 */
import { useAppStore } from '../../store/app-store';
import { setPartnership, updatePane } from '../../store/view-updaters';
import { getPane } from '../../selectors/pane-registry';
import type { PartnershipBundle } from '../../data/partnership-data';
import type { PartnershipArc } from '../../model/partnership/arcs';
import type { MeasureMeta } from '../../model/partnership/measures';
import { countedArcs } from '../../model/partnership/view';
import { effectivePlaceNames, placeName } from '../../model/geo/place-name';
import { pairLabel } from './partnership-panel-model';
import { countyPairRows, unionBox, type CountyPairRow } from './county-pair-model';
import { CountyPairList } from './county-pair-list';

/** Props: the data, the view's arcs (every level), the measure and flow year, the eastern filter and selection. */
export interface CountyPairSectionProps {
  bundle: PartnershipBundle;
  arcs: readonly PartnershipArc[];
  measure: MeasureMeta;
  year: number;
  eastFilter: string | null;
  selected: string | null;
}

/** The section. */
export function CountyPairSection({ bundle, arcs, measure, year, eastFilter, selected }: CountyPairSectionProps) {
  const lang = useAppStore((s) => s.view.lang);
  const geoView = useAppStore((s) => s.geo.view);
  const names = useAppStore((s) => effectivePlaceNames(s.view.lang, s.view.placeNames));
  const apply = useAppStore((s) => s.viewActions.apply);
  const rows = countyPairRows(
    countedArcs(arcs, eastFilter, true),
    (arc) => bundle.readValue(arc, measure.id, year),
    (adcode) => {
      const c = geoView?.county(adcode);
      return c ? placeName(c, names) : adcode;
    },
    (id) => {
      const p = bundle.pairById.get(id);
      return p ? pairLabel(p) : id;
    },
  );
  const select = (row: CountyPairRow | null) => {
    apply((v) => {
      const next = setPartnership(v, { countyPair: row ? row.key : null });
      const layers = next.panes[0]?.layers;
      return row && layers && !layers.arcs ? updatePane(next, 0, { layers: { ...layers, arcs: true } }) : next;
    });
    if (!row) return;
    const box = unionBox(geoView?.county(row.eastAdcode)?.bbox, geoView?.county(row.westAdcode)?.bbox);
    if (box) getPane(0)?.fitBounds(box, 9);
  };
  return <CountyPairList lang={lang} rows={rows} measure={measure} year={year} sample={bundle.flows.sample} selected={selected} onSelect={select} />;
}
