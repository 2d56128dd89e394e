/** Extra tooltip lines: the pane's indicator value (with unit and year) for the hovered county. */
import { useAppStore } from '../../store/app-store';
import { useIndicator } from '../../selectors/use-indicator-values';
import { usePaneChoropleth } from '../../selectors/use-pane-choropleth';
import { indicatorValueText } from './indicator-value-text';
import { shownYear } from '../../model/indicators/indicator-year';
import { LEVEL_NAMES, pickText } from '../indicator/indicator-strings';

/** Props: the pane and the hovered county. */
export interface TooltipExtraProps {
  pane: number;
  adcode: string;
}

/** The hovered county's value of the pane's indicator (and its unit's value at prefecture/province level). */
export function TooltipExtra({ pane, adcode }: TooltipExtraProps) {
  const lang = useAppStore((s) => s.view.lang);
  const config = useAppStore((s) => s.view.panes[pane]);
  const position = useAppStore((s) => s.geo.view?.positionOf.get(adcode));
  const { meta, values } = useIndicator(config?.indicator ?? null);
  const { choropleth } = usePaneChoropleth(pane);
  if (!config || !meta || !values || position === undefined) return null;
  // A single-year indicator (the 2020 census) is shown at its year; a categorical one by its category's label.
  const year = shownYear(meta.years, config.year);
  const show = (v: number | undefined): string => indicatorValueText(lang, meta, v);
  const value = values.byYear.get(year)?.[position];
  const unit = choropleth?.groupOf && choropleth.year === year ? choropleth.groupOf[position] : undefined;
  const unitValue = unit !== undefined && unit >= 0 ? choropleth?.unitValues[unit] : undefined;
  return (
    <>
      <div className="tooltip__row tooltip__value" data-testid="tooltip-indicator">
        {pickText(lang, meta.name)} ({year}): <strong>{show(value)}</strong>
      </div>
      {choropleth && choropleth.level !== 'county' && unitValue !== undefined && (
        <div className="tooltip__row">
          {pickText(lang, LEVEL_NAMES[choropleth.level])}: {show(unitValue)}
        </div>
      )}
    </>
  );
}
