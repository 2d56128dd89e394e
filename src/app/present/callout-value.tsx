/**
 * What a callout says beside the county's name, so nothing on the wall needs hover: the county's value of its
 * pane's indicator, formatted with its unit, and the year it is for (a single-year indicator shows its own year).
 */
import { useAppStore } from '../../store/app-store';
import { useIndicator } from '../../selectors/use-indicator-values';
import { shownYear } from '../../model/indicators/indicator-year';
import { indicatorValueText } from '../../panels/tooltip/indicator-value-text';
import { presentText } from '../../panels/present/present-strings';

/** Props: the pane whose indicator is read and the county. */
export interface CalloutValueProps {
  pane: number;
  adcode: string;
}

/** The value and year, or nothing while the pane has no indicator or its values are loading. */
export function CalloutValue({ pane, adcode }: CalloutValueProps) {
  const lang = useAppStore((s) => s.view.lang);
  const config = useAppStore((s) => s.view.panes[pane]);
  const position = useAppStore((s) => s.geo.view?.positionOf.get(adcode));
  const { meta, values } = useIndicator(config?.indicator ?? null);
  if (!config || !meta || !values || position === undefined) return null;
  const year = shownYear(meta.years, config.year);
  const value = values.byYear.get(year)?.[position];
  return (
    <span className="scene-callouts__value" data-testid="callout-value">
      {indicatorValueText(lang, meta, value)}
      <span className="scene-callouts__year">{presentText(lang, 'calloutYear', { year })}</span>
    </span>
  );
}
