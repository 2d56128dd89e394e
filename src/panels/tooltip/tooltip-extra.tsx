/** Extra tooltip lines: the pane's indicator value (with unit and year) for the hovered county. */
import { useAppStore } from '../../store/app-store';
import { useIndicator } from '../../selectors/use-indicator-values';
import { usePaneChoropleth } from '../../selectors/use-pane-choropleth';
import { formatNumber } from '../../i18n/translate';
import { LEVEL_NAMES, pickText } from '../indicator/indicator-strings';

/** Props: the pane and the hovered county. */
export interface TooltipExtraProps {
  pane: number;
  adcode: string;
}

const NO_DATA = { zh: '无数据', en: 'no data' };

/** The hovered county's value of the pane's indicator (and its unit's value at prefecture/province level). */
export function TooltipExtra({ pane, adcode }: TooltipExtraProps) {
  const lang = useAppStore((s) => s.view.lang);
  const config = useAppStore((s) => s.view.panes[pane]);
  const position = useAppStore((s) => s.geo.view?.positionOf.get(adcode));
  const { meta, values } = useIndicator(config?.indicator ?? null);
  const { choropleth } = usePaneChoropleth(pane);
  if (!config || !meta || !values || position === undefined) return null;
  const digits = meta.unit === 'percent' ? 1 : 0;
  const show = (v: number | undefined): string =>
    v === undefined || Number.isNaN(v) ? pickText(lang, NO_DATA) : `${formatNumber(lang, v, digits)} ${pickText(lang, meta.unitLabel)}`;
  const value = values.byYear.get(config.year)?.[position];
  const unit = choropleth?.groupOf && choropleth.year === config.year ? choropleth.groupOf[position] : undefined;
  const unitValue = unit !== undefined && unit >= 0 ? choropleth?.unitValues[unit] : undefined;
  return (
    <>
      <div className="tooltip__row tooltip__value" data-testid="tooltip-indicator">
        {pickText(lang, meta.name)} ({config.year}): <strong>{show(value)}</strong>
      </div>
      {choropleth && choropleth.level !== 'county' && unitValue !== undefined && (
        <div className="tooltip__row">
          {pickText(lang, LEVEL_NAMES[choropleth.level])}: {show(unitValue)}
        </div>
      )}
    </>
  );
}
