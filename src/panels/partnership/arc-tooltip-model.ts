/** What the tooltip of a hovered partnership arc says: the pair, the measure's figure with unit, year, direction. */
import type { Lang } from '../../model/view/view-state';
import type { PartnershipArc } from '../../model/partnership/arcs';
import type { MeasureMeta } from '../../model/partnership/measures';
import type { PartnershipBundle } from '../../data/partnership-data';
import type { FlowYear } from '../../model/partnership/view';
import { localText } from '../../i18n/translate';
import { formatMeasureValue, pairLabel } from './partnership-panel-model';
import { partnershipText } from './partnership-strings';

/** The lines of an arc tooltip. */
export interface ArcTooltipLines {
  title: string;
  /** For a county arc: the pairing it belongs to. */
  partOf: string | null;
  measure: string;
  value: string;
  year: string;
  direction: string;
  sample: boolean;
}

/** Describes an arc for the tooltip; `placeName` names a county adcode (falls back to the adcode). */
export function describeArc(
  lang: Lang,
  arc: PartnershipArc,
  bundle: PartnershipBundle,
  measure: MeasureMeta,
  year: FlowYear,
  placeName: (adcode: string) => string | undefined,
): ArcTooltipLines {
  const pair = bundle.pairById.get(arc.pairId);
  const pairText = pair ? pairLabel(pair) : arc.pairId;
  const county = arc.level === 'county';
  const title = county ? `${placeName(arc.eastAdcode) ?? arc.eastAdcode} → ${placeName(arc.westAdcode) ?? arc.westAdcode}` : pairText;
  const value = bundle.readValue(arc, measure.id, year.year);
  return {
    title,
    partOf: county ? partnershipText(lang, 'ofPair', { pair: pairText }) : null,
    measure: localText(lang, measure.name),
    value: value === null ? partnershipText(lang, 'noValue') : formatMeasureValue(lang, value, measure),
    year: partnershipText(lang, 'hoverYear', { year: year.year }),
    direction: partnershipText(lang, measure.direction === 'east_to_west' ? 'eastToWest' : 'westToEast'),
    sample: bundle.flows.sample,
  };
}
