// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RisksPanel } from '../../../../src/panels/risks/risks-panel';
import { RiskFromWarningButton } from '../../../../src/panels/risks/risk-from-warning-button';
import { useAppStore } from '../../../../src/store/app-store';
import { createMemoryRiskStore } from '../../../../src/data/risk-store-idb';
import { setRiskRegisterStore } from '../../../../src/selectors/risk-register-actions';
import { createEmptyRiskRegister } from '../../../../src/model/risks/risk-entry';
import type { CountyIndexJson } from '../../../../src/model/geo/county';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const index = JSON.parse(readFileSync('test/fixtures/counties-mini.json', 'utf8')) as CountyIndexJson;
const HOSTILE = '<img src=x onerror="window.__pwned=1">风险';
let root: Root;
let host: HTMLElement;

/** Types into a React-controlled field the way a browser does. */
function type(el: Element | null, value: string): void {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) throw new Error('no field');
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!;
  setter.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const flush = () => act(async () => { for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0)); });
const q = (sel: string) => host.querySelector(sel);

beforeEach(async () => {
  useAppStore.getState().riskActions.setRegister(createEmptyRiskRegister());
  useAppStore.setState((s) => ({ geo: { ...s.geo, index } }));
  setRiskRegisterStore(createMemoryRiskStore());
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('risk register panel', () => {
  it('refuses a bad draft field by field, then saves a good one and shows its text as text', async () => {
    await act(async () => root.render(<RisksPanel />));
    await flush();
    act(() => (q('[data-testid="risk-new"]') as HTMLButtonElement).click());
    await act(async () => q('[data-testid="risk-form"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(q('[data-testid="risk-title"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(q('[data-testid="risk-list-empty"]')).not.toBeNull();

    act(() => type(q('[data-testid="risk-title"]'), HOSTILE));
    act(() => type(q('[data-testid="risk-counties"]'), `${index.counties[0]!.name}, 999999`));
    await act(async () => q('[data-testid="risk-form"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(q('[data-testid="risk-counties"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(q('#risk-counties-error')!.textContent).toContain('999999');

    act(() => type(q('[data-testid="risk-counties"]'), `${index.counties[0]!.name}, ${index.counties[1]!.adcode}`));
    act(() => type(q('[data-testid="risk-level"]'), '3'));
    await act(async () => q('[data-testid="risk-form"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await flush();
    expect(q('[data-testid="risk-form"]')).toBeNull();
    const entry = q('[data-testid^="risk-entry-"]')!;
    expect(entry.getAttribute('data-level')).toBe('3');
    expect(entry.querySelector('.risk-list__title')!.textContent).toBe(HOSTILE);
    expect(host.querySelector('img')).toBeNull();
    expect(useAppStore.getState().risks.register.entries[0]!.counties).toEqual([index.counties[0]!.adcode, index.counties[1]!.adcode]);
  });

  it('turns a warning into an entry with one click', async () => {
    const warning = { adcodes: [index.counties[2]!.adcode], title: '监测户占比连续上升', indicatorId: 'sample:monitored_households', description: '', year: 2024 };
    await act(async () => root.render(<RiskFromWarningButton warning={warning} />));
    await act(async () => (q('[data-testid="risk-from-warning"]') as HTMLButtonElement).click());
    await flush();
    expect(useAppStore.getState().risks.register.entries.map((e) => [e.title, e.link?.kind])).toEqual([['监测户占比连续上升', 'warning']]);
    expect((q('[data-testid="risk-from-warning"]') as HTMLButtonElement).disabled).toBe(true);
  });
});
