import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPresentResume, writePresentResume } from '../../../src/data/storyboard-store-idb';

describe('the presentation position in IndexedDB', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps the last position written and reads it back', async () => {
    await writePresentResume({ story: 'demo', scene: 2, autoplay: true, active: true });
    await writePresentResume({ story: 'demo', scene: 5, autoplay: false, active: false });
    expect(await readPresentResume()).toEqual({ story: 'demo', scene: 5, autoplay: false, active: false });
  });

  it('opens one database connection however many scene changes it records (a wall writes one per change)', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    // The connection may already be open from the test above: count what 200 more writes and a read open.
    await Promise.all(Array.from({ length: 200 }, (_, i) => writePresentResume({ story: 'demo', scene: i % 7, autoplay: true, active: true })));
    expect(await readPresentResume()).toEqual({ story: 'demo', scene: 199 % 7, autoplay: true, active: true });
    expect(open.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
