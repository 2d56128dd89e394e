/**
 * The flows of one matching plan on a pane: arcs from origin to destination (west → east for labour, east → west
 * for enterprises), width by people or jobs, official-partner flows in a warmer colour. A pure factory over a
 * stable arc array (built once per plan).
 */
import type { Layer } from '@deck.gl/core';
import { FlowArcLayer } from './flow-arc-layer';
import type { MatchingArc } from '../model/matching/matching-arcs';

/** Arc width range in pixels (value 0 → min, the plan's largest flow → max). */
export const MATCHING_ARC_WIDTH_PX = { minPx: 0.6, maxPx: 9 };
/** Source and target colours of partner and other flows (RGBA). */
const PARTNER_SOURCE: [number, number, number, number] = [214, 96, 77, 90];
const PARTNER_TARGET: [number, number, number, number] = [214, 96, 77, 230];
const OTHER_SOURCE: [number, number, number, number] = [67, 147, 195, 90];
const OTHER_TARGET: [number, number, number, number] = [67, 147, 195, 230];

/** Inputs of createMatchingArcLayer. */
export interface MatchingArcLayerProps {
  paneId: string;
  data: readonly MatchingArc[];
  /** The value drawn at the widest width. */
  widthMax: number;
  visible: boolean;
}

/** Creates the matching ArcLayer of a pane (id `matching-arcs-${paneId}`). */
export function createMatchingArcLayer({ paneId, data, widthMax, visible }: MatchingArcLayerProps): Layer {
  const { minPx, maxPx } = MATCHING_ARC_WIDTH_PX;
  return new FlowArcLayer<MatchingArc>({
    id: `matching-arcs-${paneId}`,
    data,
    visible,
    pickable: false,
    widthUnits: 'pixels',
    numSegments: 24,
    getHeight: 0.5,
    getSourcePosition: (a) => a.source,
    getTargetPosition: (a) => a.target,
    getSourceColor: (a) => (a.partner ? PARTNER_SOURCE : OTHER_SOURCE),
    getTargetColor: (a) => (a.partner ? PARTNER_TARGET : OTHER_TARGET),
    getWidth: (a) => (widthMax > 0 ? minPx + (maxPx - minPx) * Math.sqrt(a.value / widthMax) : minPx),
    updateTriggers: { getWidth: [widthMax] },
    flowAnimate: false,
  });
}
