/** What every chart view of the development paths panel is given by the panel. */
import type { County } from '../../model/geo/county';
import type { CountyPositions } from '../../model/compare/columns';
import type { Lang } from '../../model/view/view-state';
import type { IndicatorSource } from '../../selectors/use-indicator-values';

/** Shared inputs of the chart views. */
export interface PathsContext {
  source: IndicatorSource;
  positions: CountyPositions;
  counties: readonly County[];
  /** The comparison set (adcodes, in colour order). */
  set: readonly string[];
  lang: Lang;
  /** Name of a county as shown in charts. */
  nameOf: (adcode: string) => string;
  /** Short name of a province (e.g. 贵州), for the provincial median's label. */
  provinceName: (provinceAdcode: string) => string;
  /** Its stable comparison colour. */
  colorOf: (adcode: string) => string;
  /** Pane 0's year: the scatter's current year and the line chart's marked year. */
  year: number;
}
