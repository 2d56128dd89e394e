import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/store/app-store';
import { createPartnershipBundle } from '../../../src/data/partnership-data';
import { readJson } from '../model/partnership/test-data';

describe('partnership slice', () => {
  it('starts idle, then holds the loaded bundle; an error keeps the message', () => {
    const store = useAppStore;
    expect(store.getState().partnershipData).toEqual({ status: 'idle', error: null, bundle: null });
    store.getState().partnershipActions.setLoading();
    expect(store.getState().partnershipData.status).toBe('loading');
    store.getState().partnershipActions.setError('HTTP 404');
    expect(store.getState().partnershipData).toMatchObject({ status: 'error', error: 'HTTP 404', bundle: null });
    const bundle = createPartnershipBundle(
      readJson('public/data/partnerships/pairings.json'),
      readJson('public/data/partnerships/measures.json'),
      readJson('public/data/sample/partnership-flows.json'),
    );
    store.getState().partnershipActions.setBundle(bundle);
    expect(store.getState().partnershipData).toEqual({ status: 'ready', error: null, bundle });
    // The view options stay where they were: in view.partnership.
    expect(store.getState().view.partnership.structure).toBe(2021);
  });
});
