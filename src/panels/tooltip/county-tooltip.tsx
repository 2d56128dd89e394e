/** Hover tooltip of a pane: the county's name, prefecture, province and adcode (plus what features add). */
import { useAppStore } from '../../store/app-store';
import { useHoverStore } from '../../store/hover-store';
import { useT } from '../../i18n/use-t';
import { describeCounty } from './county-tooltip-model';
import { effectivePlaceNames } from '../../model/geo/place-name';
import { TooltipExtra } from './tooltip-extra';

/** Props: the pane the tooltip belongs to. */
export interface CountyTooltipProps {
  pane: number;
}

/** The tooltip, shown only in the pane under the pointer. */
export function CountyTooltip({ pane }: CountyTooltipProps) {
  const t = useT();
  const hover = useHoverStore();
  const view = useAppStore((s) => s.geo.view);
  const names = useAppStore((s) => effectivePlaceNames(s.view.lang, s.view.placeNames));
  if (hover.pane !== pane || !hover.adcode || !view) return null;
  const info = describeCounty(view, hover.adcode, names);
  if (!info) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} data-testid="county-tooltip">
      <div className="tooltip__name">{info.name}</div>
      <div className="tooltip__row">
        {t('county.prefecture')}: {info.prefecture}
      </div>
      <div className="tooltip__row">
        {t('county.province')}: {info.province}
      </div>
      <div className="tooltip__row">
        {t('county.adcode')}: {info.adcode}
      </div>
      <TooltipExtra pane={pane} adcode={info.adcode} />
    </div>
  );
}
