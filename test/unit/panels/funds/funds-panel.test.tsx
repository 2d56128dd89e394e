// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FundsPanel } from '../../../../src/panels/funds/funds-panel';
import { useAppStore } from '../../../../src/store/app-store';
import { parseFundCsv } from '../../../../src/data/load-funds';
import { parseFundShareRules } from '../../../../src/model/funds/industry-share-rule';
import { createDefaultViewState } from '../../../../src/model/view/view-state';
import type { CountyIndexJson } from '../../../../src/model/geo/county';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const rules = parseFundShareRules(JSON.parse(readFileSync('public/data/rules/fund-industry-share.json', 'utf8')));
const [a, b, c] = index.counties;
const csv = [
  'source,programme,county,year,amount,spent',
  `central,industry,${a!.adcode},2023,100.10,90`,
  `central,road,${a!.adcode},2023,0.20,0.20`,
  `pooled,water,${b!.adcode},2023,33.33,30`,
  `credit,industry,${c!.adcode},2023,66.67,60`,
  `central,industry,${c!.adcode},2022,10,10`,
].join('\n');
let root: Root;
let host: HTMLElement;

beforeEach(() => {
  useAppStore.setState((s) => ({ geo: { ...s.geo, index }, view: { ...createDefaultViewState(), sideTab: 'funds' } }));
  useAppStore.getState().fundsActions.setBundle({
    funds: { manifest: { schema: 1, id: 'funds', kind: 'sample', name: { zh: '资金', en: 'Funds' }, provenance: { source: 's', createdAt: 'x' }, unit: 'yuan', years: [2022, 2023], files: [] }, table: parseFundCsv(csv, 't.csv') },
    rules,
  });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('fund panel', () => {
  it('draws a balanced Sankey of the year nearest the map, filters the map from a node, and shows the table', async () => {
    await act(async () => root.render(<FundsPanel />));
    const sankey = host.querySelector('[data-sankey]')!;
    expect(sankey.getAttribute('data-balanced')).toBe('true');
    // The map shows 2016: the nearest fund year is 2022 (one row), until the year is chosen.
    expect(sankey.getAttribute('data-total-fen')).toBe('1000');
    act(() => useAppStore.getState().viewActions.apply((v) => ({ ...v, funds: { ...v.funds, year: 2023 } })));
    expect(host.querySelector('[data-sankey]')!.getAttribute('data-total-fen')).toBe(String(10010 + 20 + 3333 + 6667));
    expect(host.querySelector('[data-testid="funds-sample-badge"]')).not.toBeNull();

    const node = host.querySelector('[data-node="p.industry"]') as SVGGElement;
    act(() => node.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(useAppStore.getState().view.funds.node).toBe('p.industry');
    expect(host.querySelector('[data-testid="funds-node-filter"]')!.textContent).toContain('2');

    act(() => (host.querySelector('[data-testid="funds-view-toggle"]') as HTMLButtonElement).click());
    const rows = [...host.querySelectorAll('[data-testid="funds-table"] tr[data-node]')];
    expect(rows.find((r) => r.getAttribute('data-node') === 's.central')!.textContent).toContain('100.30');
    expect(rows.every((r) => !r.textContent!.includes('不平衡'))).toBe(true);
  });
});
