import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commitImport, datasetFiles, type LibraryDeps } from '../../../../src/data/dataset-library';
import { createMemoryDatasetStore, type DatasetStore } from '../../../../src/data/dataset-store-idb';
import { bytesSource, runImport } from '../../../../src/data/import/run-import';
import { createDatasetsSection } from '../../../../src/data/project-datasets-section';
import { createSavedViewsSection } from '../../../../src/data/project-saved-views-section';
import { createMemorySavedViewStore } from '../../../../src/data/saved-view-store-idb';
import type { SavedViewDeps } from '../../../../src/data/saved-view-library';
import { createDataSlice, type DataSlice, type DatasetEntry } from '../../../../src/store/data-slice';
import {
  createProjectRegistry,
  projectFileText,
  ProjectFileError,
  PROJECT_VERSION,
  type ProjectSection,
} from '../../../../src/model/project/project-file';
import { copyId, planDatasetCopies, renameDatasetsInView } from '../../../../src/model/project/dataset-renames';
import type { SavedView } from '../../../../src/model/saved-views/saved-view';
import { createDefaultPane, createDefaultViewState } from '../../../../src/model/view/view-state';
import { decodeViewState } from '../../../../src/model/view/view-url';
import { fixtureLookup } from '../../../fixtures/import/lookup-fixture';

const lookup = fixtureLookup();
const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/import/${name}`, import.meta.url))));

/** One browser: the real data slice and memory stores for datasets and saved views. */
function browser(datasetStore: DatasetStore = createMemoryDatasetStore()) {
  let state: DataSlice;
  const set = (partial: DataSlice | Partial<DataSlice> | ((s: DataSlice) => DataSlice | Partial<DataSlice>)) => {
    const next = typeof partial === 'function' ? partial(state) : partial;
    state = { ...state, ...next };
  };
  state = (createDataSlice as unknown as (set: unknown, get: unknown, api: unknown) => DataSlice)(set, () => state, {});
  state.dataActions.addDataset({ id: 'sample', origin: 'shipped', manifest: { id: 'sample' }, loader: {} } as unknown as DatasetEntry);
  const library: LibraryDeps = {
    store: datasetStore,
    datasets: () => state.data.datasets,
    add: (e) => state.dataActions.addDataset(e),
    remove: (id) => state.dataActions.removeDataset(id),
    rename: (id, name) => state.dataActions.renameDataset(id, name),
  };
  const viewStore = createMemorySavedViewStore();
  let views: SavedView[] = [];
  const savedViews: SavedViewDeps = {
    store: viewStore,
    views: () => views,
    put: (v) => void (views = [...views.filter((x) => x.id !== v.id), v]),
    remove: (id) => void (views = views.filter((x) => x.id !== id)),
  };
  // The view section as the app has it, over a plain variable instead of the store.
  let hash = 'v=2';
  const viewSection: ProjectSection<string> = {
    id: 'view',
    version: 1,
    order: 20,
    export: () => ({ hash }),
    parse: (data) => {
      const h = (data as { hash?: unknown }).hash;
      if (typeof h !== 'string') throw new Error('expected hash');
      const decoded = decodeViewState(h);
      if (decoded.notices.length) throw new Error(`values not understood: ${decoded.notices.map((n) => n.key).join(', ')}`);
      return h;
    },
    apply: async (h, ctx) => {
      const { state: view } = decodeViewState(h);
      const renamed = renameDatasetsInView(view, ctx.datasetRenames);
      hash = renamed === view ? h : `renamed:${renamed.panes.map((p) => p.indicator).join(',')}`;
      return [];
    },
  };
  const registry = createProjectRegistry();
  registry.register(createDatasetsSection(() => library));
  registry.register(createSavedViewsSection(() => savedViews));
  registry.register(viewSection);
  return {
    registry,
    library,
    datasetStore,
    viewStore,
    datasets: () => state.data.datasets,
    views: () => views,
    hash: () => hash,
    setHash: (h: string) => void (hash = h),
    savedViews,
  };
}

async function importInto(b: ReturnType<typeof browser>): Promise<string> {
  const result = await runImport(bytesSource('long.tsv', fixture('long.tsv')), { lookup, takenIds: ['sample'], now: () => new Date('2024-05-06T07:08:09Z') });
  const outcome = await commitImport(result, b.library);
  if (outcome.status !== 'committed') throw new Error('import failed');
  return outcome.id;
}

const view = (id: string, hash: string): SavedView => ({ v: 1, id, name: `视图 ${id}`, savedAt: '2026-12-01T00:00:00Z', hash, thumbnail: null });

async function exported(b: ReturnType<typeof browser>): Promise<string> {
  return projectFileText(await b.registry.exportProject(new Date('2026-12-01T12:00:00Z')));
}

async function readError(b: ReturnType<typeof browser>, text: string): Promise<ProjectFileError> {
  try {
    await b.registry.readProject(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ProjectFileError);
    return error as ProjectFileError;
  }
  throw new Error('expected the file to be refused');
}

describe('project file', () => {
  it('round trip: a fresh browser gets the dataset (columns and provenance), the saved views and the view', async () => {
    const a = browser();
    const id = await importInto(a);
    const hash = `v=2&p0.ind=${id}:${a.datasets()[1]!.manifest.indicators[0]!.id}`;
    a.setHash(hash);
    a.savedViews.put(view('view-1', hash));
    const text = await exported(a);
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({ format: 'tandem-project', version: PROJECT_VERSION, createdAt: '2026-12-01T12:00:00.000Z' });
    expect(Object.keys(envelope.sections)).toEqual(['datasets', 'saved-views', 'view']);

    const b = browser();
    const plan = await b.registry.readProject(text);
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts).toEqual({ datasets: 1, 'saved-views': 1, view: 1 });
    expect(await b.registry.applyProject(plan)).toEqual([]);
    const entry = b.datasets().find((d) => d.id === id)!;
    expect(entry.origin).toBe('imported');
    expect(entry.manifest).toEqual(a.datasets()[1]!.manifest);
    expect(entry.manifest.provenance.fileName).toBe('long.tsv');
    // The raw column files are stored as they were imported (no Float32 rounding on the way).
    const [stored] = await b.datasetStore.list();
    const [original] = await a.datasetStore.list();
    expect((stored!.value as { files: unknown }).files).toEqual((original!.value as { files: unknown }).files);
    expect(datasetFiles(id)).toEqual((original!.value as { files: unknown }).files);
    const ind = entry.manifest.indicators[0]!.id;
    const [before, after] = await Promise.all([a.datasets()[1]!.loader.loadIndicator(ind), entry.loader.loadIndicator(ind)]);
    expect([...after.byYear.values()].map((c) => [...c])).toEqual([...before.byYear.values()].map((c) => [...c]));
    expect(b.views()).toEqual([view('view-1', hash)]);
    expect(b.hash()).toBe(hash);
  });

  it('a dataset whose id is here comes in as a copy; the views follow it; the one here is untouched', async () => {
    const a = browser();
    const id = await importInto(a);
    const ind = a.datasets()[1]!.manifest.indicators[0]!.id;
    a.setHash(`v=2&p0.ind=${id}:${ind}`);
    a.savedViews.put(view('view-1', `v=2&p0.ind=${id}:${ind}`));
    const text = await exported(a);

    const b = browser();
    await importInto(b);
    const mine = b.datasets()[1]!;
    const plan = await b.registry.readProject(text);
    expect(plan.conflicts).toEqual([{ section: 'datasets', items: [`${id} → ${id}-copy`] }]);
    expect(await b.registry.applyProject(plan)).toEqual([]);
    expect(b.datasets().map((d) => d.id)).toEqual(['sample', id, `${id}-copy`]);
    expect(b.datasets()[1]).toBe(mine);
    const copy = b.datasets()[2]!;
    expect(copy.manifest.name.zh).toMatch(/（副本）$/);
    expect(copy.manifest.provenance).toMatchObject({ copyOf: id, fileName: 'long.tsv' });
    expect(decodeViewState(b.views()[0]!.hash).state.panes[0]!.indicator).toBe(`${id}-copy:${ind}`);
    expect(b.hash()).toBe(`renamed:${id}-copy:${ind}`);
  });

  const errors: [string, (text: string) => string, string, string][] = [
    ['not JSON (cut short)', (t) => t.slice(0, t.length / 2), 'file', 'not valid JSON'],
    ['another format', (t) => t.replace('"tandem-project"', '"kepler"'), 'project', 'Tandem project file'],
    ['a newer file version', (t) => t.replace(`"version":${PROJECT_VERSION},"createdAt"`, '"version":99,"createdAt"'), 'project', 'newer'],
    ['a newer section version', (t) => t.replace('"saved-views":{"version":1', '"saved-views":{"version":7'), 'saved-views', 'newer'],
    ['a broken saved view', (t) => t.replace('"name":"视图 view-1"', '"name":""'), 'saved-views', 'name'],
    ['a column of the wrong length', (t) => t.replace(/"values":\[\[/, '"values":[[1,'), 'datasets', 'counties'],
    ['a missing column file', (t) => t.replace(/"files":\{"indicators\//, '"files":{"x/'), 'datasets', 'missing column file'],
    ['a view with values not understood', (t) => t.replace(/"hash":"v=2&p0/, '"hash":"v=2&p0.y=abc&p0'), 'view', 'p0.y'],
    ['no known section', () => '{"format":"tandem-project","version":1,"createdAt":"x","sections":{"storyboards":{"version":1,"data":[]}}}', 'project', 'no part'],
  ];
  for (const [what, damage, where, why] of errors) {
    it(`refuses ${what}, says where and why, and changes nothing`, async () => {
      const a = browser();
      const id = await importInto(a);
      a.setHash(`v=2&p0.ind=${id}:x`);
      a.savedViews.put(view('view-1', 'v=2'));
      const text = damage(await exported(a));
      const b = browser();
      const error = await readError(b, text);
      expect(error.where).toBe(where);
      expect(error.message).toContain(why);
      expect(b.datasets().map((d) => d.id)).toEqual(['sample']);
      expect(b.views()).toEqual([]);
      expect(b.hash()).toBe('v=2');
      expect(await b.datasetStore.list()).toEqual([]);
    });
  }

  it('duplicate dataset ids in one file are refused', async () => {
    const a = browser();
    await importInto(a);
    const envelope = JSON.parse(await exported(a));
    envelope.sections.datasets.data.datasets.push(envelope.sections.datasets.data.datasets[0]);
    const error = await readError(browser(), JSON.stringify(envelope));
    expect(error.message).toContain('appears twice');
  });

  it('sections no feature knows are skipped and said so; older section versions are upgraded', async () => {
    const registry = createProjectRegistry();
    let applied: unknown = null;
    registry.register<{ names: string[] }>({
      id: 'notes',
      version: 2,
      order: 0,
      upgrade: (data, from) => {
        if (from !== 1) throw new Error(`cannot upgrade from ${from}`);
        return { names: [(data as { name: string }).name] };
      },
      parse: (data) => {
        const names = (data as { names?: unknown }).names;
        if (!Array.isArray(names)) throw new Error('expected names');
        return { names: names.map(String) };
      },
      export: () => ({ names: [] }),
      apply: async (value) => {
        applied = value;
        return [];
      },
    });
    const text = JSON.stringify({
      format: 'tandem-project',
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      sections: { notes: { version: 1, data: { name: '西部' } }, storyboards: { version: 3, data: [] } },
    });
    const plan = await registry.readProject(text);
    expect(plan.unknown).toEqual(['storyboards']);
    await registry.applyProject(plan);
    expect(applied).toEqual({ names: ['西部'] });
    expect(() => registry.register({ id: 'notes', version: 1, order: 0, parse: () => 0, export: () => 0, apply: async () => [] })).toThrow(
      'registered twice',
    );
  });

  it('copy ids never collide with ids here or in the file', () => {
    expect(copyId('a', new Set(['a-copy']))).toBe('a-copy2');
    expect([...planDatasetCopies(['a', 'b', 'a-copy'], ['a', 'sample'])]).toEqual([['a', 'a-copy2']]);
    const v = { ...createDefaultViewState(), panes: [createDefaultPane({ indicator: 'a:x' }), createDefaultPane()] };
    expect(renameDatasetsInView(v, new Map([['a', 'a-copy']])).panes.map((p) => p.indicator)).toEqual(['a-copy:x', 'sample:poverty_incidence']);
    expect(renameDatasetsInView(v, new Map())).toBe(v);
  });
});
