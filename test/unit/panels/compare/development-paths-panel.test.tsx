// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DevelopmentPathsPanel } from '../../../../src/panels/compare/development-paths-panel';
import { RankingPanel } from '../../../../src/panels/ranking/ranking-panel';
import { AddToCompareButton } from '../../../../src/panels/compare/add-to-compare-button';
import type { IndicatorSource } from '../../../../src/selectors/use-indicator-values';
import { useAppStore } from '../../../../src/store/app-store';
import { useHoverStore } from '../../../../src/store/hover-store';
import { createDefaultViewState } from '../../../../src/model/view/view-state';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import type { DatasetManifest, IndicatorMeta, IndicatorValues } from '../../../../src/model/indicators/dataset';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// happy-dom does no layout: report a fixed size so the charts draw.
class FixedResizeObserver {
  constructor(private readonly cb: ResizeObserverCallback) {}
  observe(el: Element): void {
    this.cb([{ contentRect: { width: 480, height: 300 } } as ResizeObserverEntry], this as unknown as ResizeObserver);
    void el;
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = FixedResizeObserver as unknown as typeof ResizeObserver;

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const adcodes = index.counties.map((c) => c.adcode);
const years = [2013, 2014, 2015, 2016];

function meta(id: string): IndicatorMeta {
  return {
    id, name: { zh: id, en: id }, definition: { zh: '', en: '' }, unit: 'percent', unitLabel: { zh: '%', en: '%' },
    theme: 'other', polarity: 'higher_better', years, level: 'county', aggregation: { method: 'mean' },
    source: { zh: '', en: '' }, vintage: 'test', file: 'x.json',
  };
}
function values(id: string, missing: string): IndicatorValues {
  return {
    id, years,
    byYear: new Map(years.map((y) => [y, Float32Array.from(adcodes, (a, i) => (a === missing && y === 2016 ? Number.NaN : i + y - 2013))])),
  };
}
const manifest: DatasetManifest = {
  schema: 1, id: 'sample', name: { zh: '示例', en: 'Sample' }, sample: true,
  provenance: { source: 'test', createdAt: '2025-01-01' }, geoVintage: 'fixture', counties: adcodes, years,
  indicators: [meta('a'), meta('b')], attributes: [],
};
const source: IndicatorSource = {
  manifest,
  loadIndicator: (id) => Promise.resolve(values(id, '110102')),
};

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  useAppStore.setState({ view: { ...createDefaultViewState(), panes: [{ ...createDefaultViewState().panes[0]!, indicator: 'sample:a', year: 2016 }] } });
  useAppStore.getState().geoActions.setIndex(index);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function render(node: React.ReactNode): Promise<void> {
  await act(async () => root.render(node));
  await act(async () => {}); // let loaded indicator values arrive
}

describe('DevelopmentPathsPanel', () => {
  it('draws one line per county of the comparison set', async () => {
    useAppStore.getState().viewActions.apply((v) => ({ ...v, compare: ['110101', '110102', '130101'] }));
    await render(<DevelopmentPathsPanel source={source} />);
    expect(host.querySelectorAll('[data-testid="compare-line-chart"] .chart-series')).toHaveLength(3);
  });

  it('labels sample data', async () => {
    await render(<DevelopmentPathsPanel source={source} />);
    expect(host.querySelector('[data-testid="sample-badge"]')?.textContent).toBe('示例数据');
  });

  it('says which county lacks data in which year', async () => {
    useAppStore.getState().viewActions.apply((v) => ({ ...v, compare: ['110101', '110102'] }));
    await render(<DevelopmentPathsPanel source={source} />);
    expect(host.querySelector('[data-testid="compare-no-data"]')?.textContent).toContain('2016');
  });

  it('opens the slope chart on the latest year every county of the set has data', async () => {
    useAppStore.getState().viewActions.apply((v) => ({ ...v, compare: ['110101', '110102'] }));
    await render(<DevelopmentPathsPanel source={source} />);
    await act(async () => (host.querySelectorAll<HTMLButtonElement>('[role="tab"]')[1]!).click());
    expect(host.querySelector('[data-testid="compare-common-year"]')?.textContent).toContain('2015');
  });

  it('lists counties without a scatter point in pane 0’s year', async () => {
    useAppStore.getState().viewActions.apply((v) => ({ ...v, compare: ['110101', '110102'] }));
    await render(<DevelopmentPathsPanel source={source} />);
    await act(async () => (host.querySelectorAll<HTMLButtonElement>('[role="tab"]')[2]!).click());
    await act(async () => {});
    expect(host.querySelector('[data-testid="compare-scatter-missing"]')?.textContent).toContain('北京1示例2县');
  });

  it('sets the hover store when a line is hovered', async () => {
    useAppStore.getState().viewActions.apply((v) => ({ ...v, compare: ['110101'] }));
    await render(<DevelopmentPathsPanel source={source} />);
    const line = host.querySelector('[data-testid="compare-line-chart"] .chart-series')!;
    act(() => line.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    expect(useHoverStore.getState().adcode).toBe('110101');
  });
});

describe('RankingPanel', () => {
  it('renders only a window of rows, not every county', async () => {
    await render(<RankingPanel source={source} />);
    const rows = host.querySelectorAll('[data-testid="ranking-rows"] [role="row"]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(adcodes.length);
  });
});

describe('AddToCompareButton', () => {
  it('adds the county to the comparison set', async () => {
    await render(<AddToCompareButton adcode="110101" />);
    act(() => host.querySelector('button')!.click());
    expect(useAppStore.getState().view.compare).toEqual(['110101']);
  });
});
