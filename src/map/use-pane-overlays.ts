/**
 * Feature layers a pane draws over its fills (partnership arcs and the like). Features add their layers here so the
 * pane itself stays unaware of them.
 */
import { useMemo } from 'react';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { useAppStore } from '../store/app-store';
import { useHoverStore } from '../store/hover-store';
import { setPartnership, setSideTab } from '../store/view-updaters';
import { usePartnershipBundle } from '../selectors/use-partnership-bundle';
import { createPartnershipArcLayer } from '../layers/partnership-arc-layer';
import { createPartnershipEndpointLayer } from '../layers/partnership-endpoint-layer';
import { findMeasure } from '../model/partnership/measures';
import { nearestFlowYear, type ArcEndpoint } from '../model/partnership/view';
import type { PartnershipArc } from '../model/partnership/arcs';
import { cachedArcsOf, widthMaxOf } from '../selectors/partnership-arc-cache';
import { useArcHoverStore } from '../store/partnership-hover-store';
import { sharedFlowPhase, useFlowTicker } from './flow-ticker';
import { useCountyArcDetail } from '../selectors/use-county-arc-detail';
import { useMatchingOverlay } from './use-matching-overlay';
import { useRiskMarkerLayers } from './use-risk-markers';

const NONE: Layer[] = [];

/** Lights up (or, clicked again, clears) an eastern province and opens the clicked pairing's scorecard. */
function lightUpEast(eastProvince: string, pairId: string | null): void {
  const { view, viewActions } = useAppStore.getState();
  const same = view.partnership.eastFilter === eastProvince;
  viewActions.apply((v) => {
    const next = setPartnership(v, { eastFilter: same ? null : eastProvince, ...(pairId ? { pair: pairId } : {}) });
    return pairId ? setSideTab(next, 'partnership') : next;
  });
}

/** Overlay layers of pane `index`; must return the same array while nothing changed. */
export function usePaneOverlays(index: number): Layer[] {
  const show = useAppStore((s) => s.view.panes[index]?.layers.arcs ?? false);
  const paneYear = useAppStore((s) => s.view.panes[index]?.year ?? 0);
  const pp = useAppStore((s) => s.view.partnership);
  const geoIndex = useAppStore((s) => s.geo.index);
  const bundle = usePartnershipBundle(show);
  const countyArcs = useCountyArcDetail(index);
  const countyPair = pp.countyPair ?? null;
  useFlowTicker(index, show && pp.animate);

  // The eastern filter, measure and animation are styles: they must not produce a new arc array, so only the
  // three fields that decide the arcs are read here.
  const { structure, westProvinceFilter, level } = pp;
  const cached = useMemo(
    () => (bundle && geoIndex ? cachedArcsOf(bundle, geoIndex, { structure, westProvinceFilter, level }) : null),
    [bundle, geoIndex, structure, westProvinceFilter, level],
  );

  const matching = useMatchingOverlay(index);
  const risks = useRiskMarkerLayers(index);
  const partnership = useMemo(() => {
    // Built once shown; afterwards hidden with `visible` rather than removed, so showing again costs nothing.
    if (!bundle || !cached) return NONE;
    const measure = findMeasure(bundle.registry, pp.measure) ?? bundle.registry.measures[0];
    const year = nearestFlowYear(cached.years, paneYear);
    if (!measure || !year) return NONE;
    const onHover = (info: PickingInfo<PartnershipArc>): boolean => {
      const arcHover = useArcHoverStore.getState();
      if (info.picked && info.object) {
        arcHover.setHover(info.object, index, info.x, info.y);
        useHoverStore.getState().setHover(null, null, info.x, info.y);
        return true;
      }
      if (arcHover.pane === index) arcHover.setHover(null, null, 0, 0);
      return false;
    };
    return [
      createPartnershipArcLayer({
        paneId: String(index),
        data: cached.arcs,
        readValue: bundle.readValue,
        measure,
        year: year.year,
        widthMax: widthMaxOf(cached, bundle, measure.id),
        highlightEast: pp.eastFilter,
        selected: countyPair,
        countyArcs,
        animate: pp.animate,
        phase: sharedFlowPhase,
        visible: show,
        onHover,
        onClick: (info) => {
          if (!info.picked || !info.object) return false;
          lightUpEast(info.object.eastProvince, info.object.pairId);
          return true;
        },
      }),
      createPartnershipEndpointLayer({
        paneId: String(index),
        data: cached.endpoints,
        highlightEast: pp.eastFilter,
        selected: countyPair,
        countyEnds: countyArcs,
        visible: show,
        // Picked dots must not reach the pane's county hover (their index is not a county part).
        onHover: (info: PickingInfo<ArcEndpoint>) => {
          if (info.picked) useHoverStore.getState().setHover(null, null, info.x, info.y);
          return info.picked;
        },
        onClick: (info: PickingInfo<ArcEndpoint>) => {
          if (!info.picked || !info.object || info.object.side !== 'east') return false;
          lightUpEast(info.object.eastProvince, null);
          return true;
        },
      }),
    ];
  }, [bundle, cached, show, index, paneYear, pp.measure, pp.eastFilter, pp.animate, countyPair, countyArcs]);
  return useMemo(
    () => (matching.length === 0 && risks.length === 0 ? partnership : [...partnership, ...matching, ...risks]),
    [partnership, matching, risks],
  );
}
