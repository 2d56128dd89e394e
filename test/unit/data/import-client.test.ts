import { describe, expect, it } from 'vitest';
import { createImportClient, failedImportResult, type ImportGeography, type WorkerLike } from '../../../src/data/import-client';
import type { ImportRequest, ImportResponse } from '../../../src/data/import/import-messages';

/** A scripted stand-in for the worker: records messages, answers through `answer`. */
class FakeWorker implements WorkerLike {
  sent: ImportRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent | Event) => void) | null = null;
  postMessage(message: ImportRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: ImportResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<ImportResponse>);
  }
  crash(): void {
    this.onerror?.(new Event('error'));
  }
}

const geography: ImportGeography = { index: { schema: 1 }, changes: { schema: 1 } };
const tick = () => new Promise((r) => setTimeout(r, 0));
const blob = (text: string) => new Blob([text]);

function setup(loadGeography: () => Promise<ImportGeography> = async () => geography) {
  const workers: FakeWorker[] = [];
  const client = createImportClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    loadGeography,
  });
  return { client, workers };
}

describe('createImportClient', () => {
  it('creates no worker until the first run, then sends init once and one start per run', async () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    const a = client.run(blob('a'), 'a.csv', { takenIds: ['sample'] });
    await tick();
    const b = client.run(blob('b'), 'b.csv');
    await tick();
    expect(workers).toHaveLength(1);
    const w = workers[0]!;
    expect(w.sent.map((m) => m.type)).toEqual(['init', 'start', 'start']);
    expect(w.sent[0]).toEqual({ type: 'init', index: geography.index, changes: geography.changes });
    const startA = w.sent[1] as Extract<ImportRequest, { type: 'start' }>;
    expect(startA.fileName).toBe('a.csv');
    expect(startA.takenIds).toEqual(['sample']);
    const done = failedImportResult({ name: 'b.csv', size: 1 }, 'no_match');
    w.answer({ type: 'done', id: (w.sent[2] as { id: number }).id, result: done });
    expect(await b.result).toBe(done);
    w.answer({ type: 'done', id: startA.id, result: { ...done, ok: true, error: null } });
    expect((await a.result).ok).toBe(true);
  });

  it('forwards progress of its own run only', async () => {
    const { client, workers } = setup();
    const seen: number[] = [];
    const run = client.run(blob('x'), 'x.csv', { onProgress: (p) => seen.push(p.bytesRead) });
    await tick();
    const w = workers[0]!;
    const id = (w.sent[1] as { id: number }).id;
    w.answer({ type: 'progress', id, progress: { phase: 'read', bytesRead: 10, totalBytes: 20, rows: 1 } });
    w.answer({ type: 'progress', id: id + 99, progress: { phase: 'read', bytesRead: 99, totalBytes: 20, rows: 1 } });
    w.answer({ type: 'done', id, result: failedImportResult({ name: 'x.csv', size: 1 }, 'cancelled') });
    await run.result;
    expect(seen).toEqual([10]);
  });

  it('cancels through the worker, and settles at once when the worker is not up yet', async () => {
    const { client, workers } = setup();
    const early = client.run(blob('x'), 'x.csv');
    early.cancel();
    expect((await early.result).error?.code).toBe('cancelled');
    await tick();
    const late = client.run(blob('y'), 'y.csv');
    await tick();
    late.cancel();
    const w = workers[0]!;
    const cancel = w.sent.find((m) => m.type === 'cancel');
    expect(cancel).toBeDefined();
    w.answer({ type: 'done', id: (cancel as { id: number }).id, result: failedImportResult({ name: 'y.csv', size: 1 }, 'cancelled') });
    expect((await late.result).error?.code).toBe('cancelled');
    expect(w.sent.filter((m) => m.type === 'start')).toHaveLength(1); // the early run never started
  });

  it('turns a worker crash into a clear failed result and starts a fresh worker next time', async () => {
    const { client, workers } = setup();
    const run = client.run(blob('x'), 'x.csv');
    await tick();
    workers[0]!.crash();
    const result = await run.result;
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('internal');
    expect(result.error?.message.en).toMatch(/existing data is untouched/);
    expect(result.dataset).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    client.run(blob('y'), 'y.csv');
    await tick();
    expect(workers).toHaveLength(2);
  });

  it('reports a missing geography instead of throwing, and retries it on the next run', async () => {
    let calls = 0;
    const { client, workers } = setup(async () => {
      calls += 1;
      if (calls === 1) throw new Error('the county boundaries are not loaded yet');
      return geography;
    });
    const first = await client.run(blob('x'), 'x.csv').result;
    expect(first.error?.code).toBe('internal');
    expect(first.error?.message.en).toContain('not loaded yet');
    expect(workers).toHaveLength(0);
    client.run(blob('y'), 'y.csv');
    await tick();
    expect(workers).toHaveLength(1);
  });
});
