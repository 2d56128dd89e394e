/**
 * The early-warnings layer: a ring on each county with a warning (red: crossed a line; amber: worsened beyond the set
 * change), sized by severity. Pure factory; one data array per warning list, clicks open the county.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { EarlyWarning } from '../model/monitoring/early-warning';

/** One ring: a warning at its county's point. */
export interface WarningMark {
  warning: EarlyWarning;
  point: [number, number];
}

/** Ring radii in pixels: crossings, worsenings. */
export const WARNING_RADIUS_PX = { crossed: 7, worsened: 5 } as const;
/** Ring colours (RGBA): red for crossings, amber for worsenings. */
export const WARNING_COLORS = { crossed: [200, 30, 45, 255], worsened: [230, 150, 20, 255] } as const;
/** Ring stroke width in pixels. */
export const WARNING_LINE_WIDTH_PX = 2;

/** Inputs of createWarningLayer. */
export interface WarningLayerProps {
  paneId: string;
  data: readonly WarningMark[];
  visible?: boolean;
  /** Multiplier for walls. Default 1. */
  radiusScale?: number;
  onClick?: (info: PickingInfo<WarningMark>) => boolean | void;
}

/** Marks of a warning list, one per county (its first, i.e. most severe, warning), at the county points. */
export function warningMarks(warnings: readonly EarlyWarning[], pointOf: (adcode: string) => [number, number] | undefined): WarningMark[] {
  const seen = new Set<string>();
  const out: WarningMark[] = [];
  for (const warning of warnings) {
    if (seen.has(warning.adcode)) continue;
    const point = pointOf(warning.adcode);
    if (!point) continue;
    seen.add(warning.adcode);
    out.push({ warning, point });
  }
  return out;
}

/** Creates a pane's warnings layer. */
export function createWarningLayer(props: WarningLayerProps): Layer {
  const { paneId, data, visible = true, radiusScale = 1 } = props;
  return new ScatterplotLayer<WarningMark>({
    id: `monitor-warnings-${paneId}`,
    data,
    visible,
    pickable: props.onClick !== undefined,
    onClick: props.onClick,
    radiusUnits: 'pixels',
    radiusScale,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getLineWidth: WARNING_LINE_WIDTH_PX,
    getPosition: (d) => d.point,
    getRadius: (d) => WARNING_RADIUS_PX[d.warning.kind],
    getFillColor: (d) => [...WARNING_COLORS[d.warning.kind].slice(0, 3), 60] as [number, number, number, number],
    getLineColor: (d) => [...WARNING_COLORS[d.warning.kind]] as [number, number, number, number],
  });
}
