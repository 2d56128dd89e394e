/**
 * The partnership arcs of one pane: a pure factory over a stable arc array. Measure, year, direction, highlight
 * and gradient only change accessors (with updateTriggers), so thousands of county arcs are never rebuilt.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { FlowArcLayer, type FlowPhase } from './flow-arc-layer';
import {
  arcSourcePoint,
  arcTargetPoint,
  type ArcValueReader,
  type PartnershipArc,
} from '../model/partnership/arcs';
import type { FlowDirection } from '../model/partnership/measures';
import { arcEmphasis, type ArcEmphasis, type EmphasisInput } from '../model/partnership/view';
import { arcColors, arcWidthPx, DEFAULT_ARC_WIDTH_PX, type ArcWidthRangePx, type Rgba } from '../model/partnership/style';

/** Arc height relative to the arc length: flatter than deck's default so arcs stay over the map, not across it. */
export const ARC_HEIGHT = 0.5;

/** Segments per arc: enough for a smooth curve at national scale, few enough for thousands of arcs. */
export const ARC_SEGMENTS = 24;

const STILL_PHASE: FlowPhase = { value: 0 };

/** The narrowest a selected county pair is drawn, so it reads above the pairing arcs whatever its figure. */
export const SELECTED_MIN_WIDTH_PX = 5;

const HIDDEN: Rgba = [0, 0, 0, 0];

function colorsOf(arc: PartnershipArc, emphasis: ArcEmphasis, gradient: boolean): { source: Rgba; target: Rgba } {
  if (emphasis === 'hidden') return { source: HIDDEN, target: HIDDEN };
  return arcColors(arc.eastProvince, emphasis === 'dim', gradient && emphasis !== 'selected');
}

/** Inputs of createPartnershipArcLayer. */
export interface PartnershipArcLayerProps {
  /** Pane id; the layer id is `partnership-arcs-${paneId}` so it stays stable across renders. */
  paneId: string;
  /** The arc array from buildPartnershipArcs; pass the same reference until structure, level or filter change. */
  data: readonly PartnershipArc[];
  /** Value reader for the flows behind data (one per flows object). */
  readValue: ArcValueReader;
  /** Measure that sizes the arcs, with its direction (decides which end is the source). */
  measure: { id: string; direction: FlowDirection };
  year: number;
  /** Value drawn at the maximum width (e.g. maxArcValue over all years, so widths compare across years). */
  widthMax: number;
  widthRangePx?: ArcWidthRangePx;
  /** Multiplier for walls and large containers. Default 1. */
  widthScale?: number;
  /**
   * Eastern partner whose arcs stay bright while the others dim: a province adcode lights its own and its cities'
   * arcs, a city adcode its own; null for none.
   */
  highlightEast?: string | null;
  /** The selected county pair (`${eastCounty}-${westCounty}`): drawn wide and bright, every other arc dims. */
  selected?: string | null;
  /**
   * Whether county-to-county arcs are drawn (see countyArcsShown): at the national view without a filter they are
   * not, and the pairing arcs stand for them. Default true.
   */
  countyArcs?: boolean;
  /** Fade each arc towards the end where the flow arrives, so direction reads without animation. Default true. */
  gradient?: boolean;
  visible?: boolean;
  /** Draw moving dashes from source to target (for screens, not walls). Default false. */
  animate?: boolean;
  /** The shared phase the animation reads at draw time; required for motion when `animate` is on. */
  phase?: FlowPhase;
  /** Return true to stop the pane's own (county) hover handling for this event. */
  onHover?: (info: PickingInfo<PartnershipArc>) => boolean | void;
  /** Return true to stop the pane's own (county) click handling for this event. */
  onClick?: (info: PickingInfo<PartnershipArc>) => boolean | void;
}

/** Creates the partnership ArcLayer of a pane. */
export function createPartnershipArcLayer(props: PartnershipArcLayerProps): Layer {
  const {
    paneId,
    data,
    readValue,
    measure,
    year,
    widthMax,
    widthRangePx = DEFAULT_ARC_WIDTH_PX,
    widthScale = 1,
    highlightEast = null,
    selected = null,
    countyArcs = true,
    gradient = true,
    visible = true,
    animate = false,
    phase = STILL_PHASE,
  } = props;
  const direction = measure.direction;
  const emphasis: EmphasisInput = { east: highlightEast, selected, countyArcs };
  return new FlowArcLayer<PartnershipArc>({
    id: `partnership-arcs-${paneId}`,
    data,
    visible,
    pickable: props.onHover !== undefined || props.onClick !== undefined,
    onHover: props.onHover,
    onClick: props.onClick,
    widthUnits: 'pixels',
    widthScale,
    numSegments: ARC_SEGMENTS,
    getHeight: ARC_HEIGHT,
    getSourcePosition: (arc) => arcSourcePoint(arc, direction),
    getTargetPosition: (arc) => arcTargetPoint(arc, direction),
    getSourceColor: (arc) => colorsOf(arc, arcEmphasis(arc, emphasis), gradient).source,
    getTargetColor: (arc) => colorsOf(arc, arcEmphasis(arc, emphasis), gradient).target,
    flowAnimate: animate,
    flowPhase: phase,
    getWidth: (arc) => {
      const e = arcEmphasis(arc, emphasis);
      if (e === 'hidden') return 0;
      const width = arcWidthPx(readValue(arc, measure.id, year), widthMax, widthRangePx);
      return e === 'selected' ? Math.max(width, SELECTED_MIN_WIDTH_PX) : width;
    },
    updateTriggers: {
      getSourcePosition: [direction],
      getTargetPosition: [direction],
      getSourceColor: [highlightEast, selected, countyArcs, gradient],
      getTargetColor: [highlightEast, selected, countyArcs, gradient],
      getWidth: [readValue, measure.id, year, widthMax, widthRangePx.minPx, widthRangePx.maxPx, selected, countyArcs],
    },
  });
}
