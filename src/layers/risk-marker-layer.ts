/**
 * Markers of the counties with live risks (open or watching): a dot at the county's inside point, sized and
 * coloured by the highest level of its entries (1 low … 4 severe), with a thick dark ring when one is overdue.
 * One stable data array per register change; nothing else rebuilds it.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { CountyRiskMark } from '../model/risks/risk-entry';

/** A mark placed on the map. */
export interface PlacedRiskMark extends CountyRiskMark {
  point: [number, number];
}

/** Fill colours by level (yellow → dark red), RGBA. */
export const RISK_LEVEL_COLORS: Readonly<Record<1 | 2 | 3 | 4, [number, number, number, number]>> = {
  1: [240, 196, 25, 230],
  2: [230, 126, 34, 235],
  3: [211, 84, 0, 240],
  4: [146, 43, 33, 250],
};

/** Dot radius in pixels by level. */
export const RISK_RADIUS_PX: Readonly<Record<1 | 2 | 3 | 4, number>> = { 1: 3.5, 2: 4.5, 3: 5.5, 4: 7 };

/** Ring width in pixels: overdue entries get a thick dark ring, others a thin white one. */
export const RISK_RING_PX = { overdue: 2.5, normal: 1 } as const;

/** Inputs of createRiskMarkerLayer. */
export interface RiskMarkerLayerProps {
  paneId: string;
  data: readonly PlacedRiskMark[];
  visible?: boolean;
  /** Multiplier for walls. Default 1. */
  radiusScale?: number;
  onHover?: (info: PickingInfo<PlacedRiskMark>) => boolean | void;
}

/** Creates the risk markers of a pane. */
export function createRiskMarkerLayer(props: RiskMarkerLayerProps): Layer {
  const { paneId, data, visible = true, radiusScale = 1 } = props;
  return new ScatterplotLayer<PlacedRiskMark>({
    id: `risk-markers-${paneId}`,
    data,
    visible,
    pickable: props.onHover !== undefined,
    onHover: props.onHover,
    radiusUnits: 'pixels',
    radiusScale,
    stroked: true,
    lineWidthUnits: 'pixels',
    getPosition: (d) => d.point,
    getRadius: (d) => RISK_RADIUS_PX[d.level],
    getFillColor: (d) => RISK_LEVEL_COLORS[d.level],
    getLineColor: (d) => (d.overdue ? [20, 20, 20, 255] : [255, 255, 255, 230]),
    getLineWidth: (d) => (d.overdue ? RISK_RING_PX.overdue : RISK_RING_PX.normal),
  });
}

/** Places marks at their counties' inside points (marks of unknown counties are dropped). */
export function placeRiskMarks(marks: readonly CountyRiskMark[], pointOf: (adcode: string) => [number, number] | undefined): PlacedRiskMark[] {
  const out: PlacedRiskMark[] = [];
  for (const m of marks) {
    const point = pointOf(m.county);
    if (point) out.push({ ...m, point });
  }
  return out;
}
