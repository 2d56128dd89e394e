import { describe, expect, it } from 'vitest';
import { bootMonitorDataset } from '../../../src/app/monitor-boot';
import { useAppStore } from '../../../src/store/app-store';
import { DATASET_SCHEMA_VERSION, type DatasetManifest } from '../../../src/model/indicators/dataset';
import type { DatasetEntry } from '../../../src/model/indicators/dataset-entry';
import { setDimension } from '../../../src/model/monitoring/monitor-view';

function sampleEntry(): DatasetEntry {
  const manifest: DatasetManifest = {
    schema: DATASET_SCHEMA_VERSION, id: 'sample', name: { zh: '示例', en: 'Sample' }, sample: true, kind: 'sample',
    provenance: { source: 'sample', createdAt: '2025-01-01' }, geoVintage: '2016', counties: ['520102', '330102'], years: [2019, 2020],
    indicators: [{
      id: 'rural_income', name: { zh: '收入', en: 'Income' }, definition: { zh: '', en: '' }, unit: 'yuan_per_year', unitLabel: { zh: '元', en: 'yuan' },
      theme: 'income', polarity: 'higher_better', years: [2019, 2020], level: 'county', aggregation: { method: 'mean' },
      source: { zh: '', en: '' }, vintage: 'x', file: 'x.json',
    }],
    attributes: [],
  };
  return { id: 'sample', manifest, origin: 'shipped', loader: { manifest, loadIndicator: () => Promise.reject(new Error('not here')), loadAttributes: async () => new Map() } };
}

const monitorEntry = () => useAppStore.getState().data.datasets.find((d) => d.id === 'monitor');

describe('monitoring dataset boot', () => {
  it('registers the derived dataset once the shipped data settled, and rebuilds it only when its inputs change', () => {
    bootMonitorDataset();
    const { dataActions, viewActions } = useAppStore.getState();
    dataActions.addDataset(sampleEntry());
    expect(monitorEntry()).toBeUndefined(); // the sample has not settled yet
    dataActions.setSampleStatus('ready');
    const first = monitorEntry();
    expect(first?.origin).toBe('derived');
    expect(first?.manifest.kind).toBe('sample');
    expect(first?.manifest.indicators.map((m) => m.id)).toContain('risk_score');

    viewActions.apply((v) => ({ ...v, lang: 'en' }));
    expect(monitorEntry()).toBe(first);

    viewActions.apply((v) => ({ ...v, monitor: setDimension(v.monitor, 'income', { weight: 3 }) }));
    const second = monitorEntry();
    expect(second).not.toBe(first);
    expect(second?.loader).not.toBe(first?.loader);
    expect(useAppStore.getState().data.datasets.filter((d) => d.id === 'monitor')).toHaveLength(1);
  });
});
