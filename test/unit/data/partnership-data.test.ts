import { describe, expect, it } from 'vitest';
import { createPartnershipBundle, loadPartnershipBundle, PARTNERSHIP_FILES } from '../../../src/data/partnership-data';
import { readJson } from '../model/partnership/test-data';

const files = () => ({
  pairings: readJson(`public/${PARTNERSHIP_FILES.pairings}`),
  measures: readJson(`public/${PARTNERSHIP_FILES.measures}`),
  flows: readJson(`public/${PARTNERSHIP_FILES.flows}`),
});

describe('createPartnershipBundle', () => {
  it('parses and indexes the shipped pairings, registry and sample flows', () => {
    const f = files();
    const bundle = createPartnershipBundle(f.pairings, f.measures, f.flows);
    expect(bundle.pairings.pairs.filter((p) => p.structure === 2016)).toHaveLength(32);
    expect(bundle.pairings.pairs.filter((p) => p.structure === 2021)).toHaveLength(11);
    expect(bundle.pairById.get('2021-330000-510000')?.west.short).toBe('四川');
    expect(bundle.flows.sample).toBe(true);
    expect(bundle.unknownMeasures).toEqual([]);
    expect(bundle.registry.measures.map((m) => m.id)).toContain('labour_placed');
  });

  it('reports flow measures the registry does not know instead of hiding them', () => {
    const f = files();
    const measures = f.measures as { measures: { id: string }[] };
    const trimmed = { ...measures, measures: measures.measures.filter((m) => m.id !== 'doctors') };
    expect(createPartnershipBundle(f.pairings, trimmed, f.flows).unknownMeasures).toEqual(['doctors']);
  });

  it('names the file in the error of a malformed input', () => {
    const f = files();
    expect(() => createPartnershipBundle({ schema: 2 }, f.measures, f.flows)).toThrow(/pairings\.json/);
    expect(() => createPartnershipBundle(f.pairings, f.measures, { schema: 1 })).toThrow(/partnership-flows\.json: /);
  });
});

describe('loadPartnershipBundle', () => {
  it('fetches the three files under the base URL (in parallel) and builds the bundle', async () => {
    const f = files();
    const asked: string[] = [];
    const byPath: Record<string, unknown> = {
      [PARTNERSHIP_FILES.pairings]: f.pairings,
      [PARTNERSHIP_FILES.measures]: f.measures,
      [PARTNERSHIP_FILES.flows]: f.flows,
    };
    const bundle = await loadPartnershipBundle(
      async (url) => {
        asked.push(url);
        return byPath[url.replace('https://intranet/app/', '')];
      },
      (path) => `https://intranet/app/${path}`,
    );
    expect(asked).toHaveLength(3);
    expect(asked.every((u) => u.startsWith('https://intranet/app/data/'))).toBe(true);
    expect(bundle.flows.pairFlows.length).toBeGreaterThan(0);
  });

  it('rejects when a file cannot be fetched', async () => {
    await expect(loadPartnershipBundle(async () => Promise.reject(new Error('HTTP 404')), (p) => p)).rejects.toThrow('HTTP 404');
  });
});
