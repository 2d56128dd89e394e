/**
 * Dots at the ends of the partnership arcs, so a pairing's ends read even where arcs overlap; eastern dots are
 * larger and clickable (light up what that province supports). One stable data array per arc array.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { ArcEndpoint } from '../model/partnership/view';
import { isArcLit } from '../model/partnership/view';
import { DIMMED_ALPHA, eastProvinceColor } from '../model/partnership/style';

/** Dot radii in pixels: pairing ends, and the ends of county pairs only. */
export const ENDPOINT_RADIUS_PX = { partner: 4.5, county: 1.75, selected: 7 } as const;

/** Inputs of createPartnershipEndpointLayer. */
export interface PartnershipEndpointLayerProps {
  paneId: string;
  data: readonly ArcEndpoint[];
  /** Eastern partner lit by the filter (same rule as the arcs); null for none. */
  highlightEast?: string | null;
  /** Whether the dots of county-pair ends show (off with the county arcs at the national view). Default true. */
  countyEnds?: boolean;
  /** The selected county pair (`${eastCounty}-${westCounty}`): its two ends are drawn large. */
  selected?: string | null;
  visible?: boolean;
  /** Multiplier for walls. Default 1. */
  radiusScale?: number;
  /** Return true to keep the event from the pane's county handling. */
  onHover?: (info: PickingInfo<ArcEndpoint>) => boolean | void;
  onClick?: (info: PickingInfo<ArcEndpoint>) => boolean | void;
}

/** Creates the endpoint dots of a pane. */
export function createPartnershipEndpointLayer(props: PartnershipEndpointLayerProps): Layer {
  const { paneId, data, highlightEast = null, countyEnds = true, selected = null, visible = true, radiusScale = 1 } = props;
  const selectedEnds = selected ? selected.split('-') : [];
  const isSelected = (d: ArcEndpoint): boolean => selectedEnds[d.side === 'east' ? 0 : 1] === d.adcode;
  // Western partners (pairing ends) stay lit: they are the places being supported. The western end of a county
  // pair dims with its arc, so another province's county pairs do not keep its colour on the map.
  const lit = (d: ArcEndpoint): boolean =>
    (d.side === 'west' && d.partner) ||
    isArcLit({ eastPartner: d.side === 'east' && d.partner ? d.adcode : (d.eastPartner ?? d.adcode), eastProvince: d.eastProvince }, highlightEast);
  return new ScatterplotLayer<ArcEndpoint>({
    id: `partnership-ends-${paneId}`,
    data,
    visible,
    pickable: props.onClick !== undefined || props.onHover !== undefined,
    onHover: props.onHover,
    onClick: props.onClick,
    radiusUnits: 'pixels',
    radiusScale,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: (d) => (isSelected(d) ? 2 : d.partner ? 1.25 : 0),
    getPosition: (d) => d.point,
    getRadius: (d) => {
      if (isSelected(d)) return ENDPOINT_RADIUS_PX.selected;
      if (!d.partner && !countyEnds) return 0;
      return (d.partner ? ENDPOINT_RADIUS_PX.partner : ENDPOINT_RADIUS_PX.county) * (d.side === 'east' ? 1.2 : 1);
    },
    getFillColor: (d) => {
      const [r, g, b] = eastProvinceColor(d.eastProvince);
      return [r, g, b, lit(d) ? 255 : DIMMED_ALPHA];
    },
    getLineColor: (d) => [255, 255, 255, lit(d) ? 230 : DIMMED_ALPHA],
    updateTriggers: { getFillColor: [highlightEast], getLineColor: [highlightEast], getRadius: [countyEnds, selected], getLineWidth: [selected] },
  });
}
