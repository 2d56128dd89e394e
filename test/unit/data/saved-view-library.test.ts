import { describe, expect, it } from 'vitest';
import { createMemorySavedViewStore, readSavedViews, type SavedViewStore } from '../../../src/data/saved-view-store-idb';
import { deleteView, loadSavedViews, renameView, saveView, type SavedViewDeps } from '../../../src/data/saved-view-library';
import { cleanViewName, nextViewName, newViewId, sortSavedViews, type SavedView } from '../../../src/model/saved-views/saved-view';

function deps(store: SavedViewStore = createMemorySavedViewStore()) {
  let views: SavedView[] = [];
  const d: SavedViewDeps = {
    store,
    views: () => views,
    put: (v) => void (views = [...views.filter((x) => x.id !== v.id), v]),
    remove: (id) => void (views = views.filter((x) => x.id !== id)),
    now: () => new Date('2026-12-01T10:00:00Z'),
  };
  return { d, list: () => views };
}

const failing: SavedViewStore = {
  list: async () => {
    throw new Error('no IndexedDB');
  },
  save: async () => {
    throw new Error('quota exceeded');
  },
  remove: async () => {
    throw new Error('locked');
  },
};

describe('saved views', () => {
  it('save, reload from the store, rename and delete', async () => {
    const store = createMemorySavedViewStore();
    const a = deps(store);
    const saved = await saveView('  西部  2016 ', 'v=2&panes=2', 'data:image/jpeg;base64,AAAA', a.d);
    expect(saved.status).toBe('done');
    if (saved.status !== 'done') return;
    expect(saved.view).toMatchObject({ v: 1, name: '西部 2016', hash: 'v=2&panes=2', savedAt: '2026-12-01T10:00:00.000Z' });
    // A fresh session reads it back.
    const b = deps(store);
    expect(await loadSavedViews(b.d)).toEqual([]);
    expect(b.list()).toEqual([saved.view]);
    expect((await renameView(saved.view.id, '东部', b.d)).status).toBe('done');
    expect(b.list()[0]!.name).toBe('东部');
    expect((await readSavedViews(store)).views[0]!.name).toBe('东部');
    expect((await deleteView(saved.view.id, b.d)).status).toBe('done');
    expect(b.list()).toEqual([]);
    expect(store.records.size).toBe(0);
  });

  it('a failing store changes nothing on screen and says why', async () => {
    const a = deps(failing);
    expect(await saveView('x', 'v=2', null, a.d)).toEqual({ status: 'failed', reason: 'quota exceeded' });
    expect(a.list()).toEqual([]);
    expect(await loadSavedViews(a.d)).toEqual([{ key: '*', reason: 'no IndexedDB' }]);
  });

  it('an empty name or unknown id is refused', async () => {
    const a = deps();
    expect((await saveView('   ', 'v=2', null, a.d)).status).toBe('failed');
    expect((await renameView('nope', 'x', a.d)).status).toBe('failed');
  });

  it('broken records are skipped with the reason, good ones kept', async () => {
    const store = createMemorySavedViewStore();
    const good: SavedView = { v: 1, id: 'view-1', name: 'A', savedAt: '2026-01-01T00:00:00Z', hash: 'v=2', thumbnail: null };
    store.records.set('view-1', good);
    store.records.set('view-2', { ...good, id: 'view-2', v: 9 });
    store.records.set('view-3', { ...good, id: 'other' });
    store.records.set('view-4', { ...good, id: 'view-4', thumbnail: 'javascript:alert(1)' });
    const read = await readSavedViews(store);
    expect(read.views).toEqual([good]);
    expect(read.failed.map((f) => f.key).sort()).toEqual(['view-2', 'view-3', 'view-4']);
    expect(read.failed.find((f) => f.key === 'view-2')!.reason).toContain('saved-view version 1');
  });

  it('names, ids and order', () => {
    expect(cleanViewName(' a \n b ')).toBe('a b');
    expect(nextViewName((n) => `视图 ${n}`, ['视图 1', '视图 2'])).toBe('视图 3');
    expect(newViewId(new Date(0), () => 0)).toBe('view-0-000000');
    const v = (id: string, savedAt: string): SavedView => ({ v: 1, id, name: id, savedAt, hash: '', thumbnail: null });
    expect(sortSavedViews([v('a', '2026-01-01'), v('b', '2026-02-01')]).map((x) => x.id)).toEqual(['b', 'a']);
  });
});
