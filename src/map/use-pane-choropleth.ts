/**
 * The choropleth of one pane, from the store: the pane's indicator, year, level and classification, plus what
 * aggregation (weights) and the threshold method (regions, the rule) need. While any of it loads, the previous
 * result is kept so the map and the legend never blank out; `pending` says a newer one is on its way.
 */
import { useMemo, useState } from 'react';
import { useAppStore } from '../store/app-store';
import { useDatasetAttributes, useIndicatorValues } from '../data/use-indicator-values';
import { useRules } from '../data/use-rules';
import type { Region } from '../model/rule';
import type { RGBA } from '../model/color-scheme';
import { choroplethPalette, getPaneChoropleth, type ChoroplethInput, type PaneChoropleth } from './pane-choropleth';

/** A pane's current choropleth (null = no indicator, or nothing loaded yet) and its class colours. */
export interface PaneChoroplethState {
  choropleth: PaneChoropleth | null;
  palette: RGBA[];
  /** The shown choropleth is not yet the asked one (values loading). */
  pending: boolean;
  /** The asked indicator failed to load or does not exist. */
  failed: boolean;
  /** Is the shown dataset sample data? */
  sample: boolean;
}

const REGIONS: readonly Region[] = ['east', 'central', 'west'];
const NO_PALETTE: RGBA[] = [];

function toRegion(v: string | null): Region | null {
  return REGIONS.find((r) => r === v) ?? null;
}

/** The choropleth pane `index` shows. */
export function usePaneChoropleth(index: number): PaneChoroplethState {
  const pane = useAppStore((s) => s.view.panes[index]);
  const margin = useAppStore((s) => s.view.exitMargin);
  const geoIndex = useAppStore((s) => s.geo.index);
  const datasets = useAppStore((s) => s.data.datasets);
  const sampleLoading = useAppStore((s) => s.data.sampleStatus === 'loading' || s.data.sampleStatus === 'idle');
  const indicator = useIndicatorValues(pane?.indicator ?? null);
  const { meta, dataset } = indicator;
  const datasetId = dataset?.id ?? null;
  const level = pane?.level ?? 'county';
  const year = pane?.year ?? 0;

  const weightId = level !== 'county' && meta?.aggregation.method === 'weighted_mean' ? meta.aggregation.weight : null;
  const weightIsIndicator = !!weightId && !!dataset?.manifest.indicators.some((m) => m.id === weightId);
  const weightIndicator = useIndicatorValues(weightIsIndicator ? `${datasetId}:${weightId}` : null);
  const wantsThreshold = pane?.classification.method === 'threshold' && !!meta?.thresholds?.length;
  const attributes = useDatasetAttributes(wantsThreshold || (weightId && !weightIsIndicator) ? datasetId : null);
  const rules = useRules();

  const weights = useMemo(() => {
    if (!weightId) return undefined;
    if (weightIsIndicator) {
      const v = weightIndicator.values;
      if (!v) return undefined;
      // A weight missing for this year falls back to its latest year: weights change slowly.
      return v.byYear.get(year) ?? v.byYear.get(v.years[v.years.length - 1] ?? year);
    }
    const a = attributes?.get(weightId);
    return a?.kind === 'number' ? a.values : undefined;
  }, [weightId, weightIsIndicator, weightIndicator.values, attributes, year]);

  const regions = useMemo(() => {
    const a = attributes?.get('region');
    return a?.kind === 'category' ? a.values.map(toRegion) : undefined;
  }, [attributes]);

  const rule = wantsThreshold ? rules.find((r) => meta?.thresholds?.some((t) => t.ruleId === r.id)) : undefined;
  const thresholdPending = wantsThreshold && (rules.length === 0 || !attributes);
  const ready = !!indicator.values && !!meta && !!geoIndex && !!pane && (!weightId || !!weights) && !thresholdPending;

  const current = useMemo(() => {
    if (!ready || !indicator.values || !meta || !geoIndex || !pane || !datasetId) return null;
    const input: ChoroplethInput = {
      index: geoIndex,
      datasetId,
      meta,
      values: indicator.values,
      year,
      level,
      classification: pane.classification,
      margin,
      ...(weights ? { weights } : {}),
      ...(wantsThreshold && rule && regions ? { rule, regions } : {}),
    };
    return getPaneChoropleth(input);
  }, [ready, indicator.values, meta, geoIndex, pane, datasetId, year, level, margin, weights, wantsThreshold, rule, regions]);

  // While the next choropleth loads, the last one stays shown: kept as state (updated during render, React's
  // pattern for information from previous renders) rather than a ref written during render.
  const [previous, setPrevious] = useState<PaneChoropleth | null>(null);
  if (current && current !== previous) setPrevious(current);
  const shown = pane?.indicator ? (current ?? previous) : null;
  const scheme = pane?.classification.scheme ?? 'YlOrRd';
  const palette = useMemo(() => (shown ? choroplethPalette(shown, scheme) : NO_PALETTE), [shown, scheme]);
  const sample = !!shown && !!datasets.find((d) => d.id === shown.datasetId)?.manifest.sample;
  return {
    choropleth: shown,
    palette,
    pending: !!pane?.indicator && !current,
    failed: indicator.status === 'error' || (indicator.status === 'unknown' && !sampleLoading),
    sample,
  };
}
