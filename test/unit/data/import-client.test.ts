import { describe, expect, it } from 'vitest';
import { createImportClient, failedImportResult, type ImportGeography, type WorkerLike } from '../../../src/data/import-client';
import type { ImportRequest } from '../../../src/data/import/import-messages';

type Sent = { kind: 'init'; init: ImportGeography } | { kind: 'request'; id: number; request: ImportRequest };

/** A scripted stand-in for the worker: records messages, answers through `answer` (the worker-client wire format). */
class FakeWorker implements WorkerLike {
  sent: Sent[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent | Event) => void) | null = null;
  postMessage(message: unknown): void {
    this.sent.push(message as Sent);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: unknown): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
  crash(): void {
    this.onerror?.(new Event('error'));
  }
  requests(): Extract<Sent, { kind: 'request' }>[] {
    return this.sent.filter((m): m is Extract<Sent, { kind: 'request' }> => m.kind === 'request');
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
  it('creates no worker until the first run, then sends init once and one request per run', async () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    const a = client.run(blob('a'), 'a.csv', { takenIds: ['sample'] });
    await tick();
    const b = client.run(blob('b'), 'b.csv');
    await tick();
    expect(workers).toHaveLength(1);
    const w = workers[0]!;
    expect(w.sent.map((m) => m.kind)).toEqual(['init', 'request', 'request']);
    expect(w.sent[0]).toEqual({ kind: 'init', init: geography });
    const [startA, startB] = w.requests();
    expect(startA!.request.fileName).toBe('a.csv');
    expect(startA!.request.takenIds).toEqual(['sample']);
    const done = failedImportResult({ name: 'b.csv', size: 1 }, 'no_match');
    w.answer({ kind: 'result', id: startB!.id, value: done });
    expect(await b.result).toBe(done);
    w.answer({ kind: 'result', id: startA!.id, value: { ...done, ok: true, error: null } });
    expect((await a.result).ok).toBe(true);
  });

  it('forwards progress of its own run only', async () => {
    const { client, workers } = setup();
    const seen: number[] = [];
    const run = client.run(blob('x'), 'x.csv', { onProgress: (p) => seen.push(p.bytesRead) });
    await tick();
    const w = workers[0]!;
    const id = w.requests()[0]!.id;
    w.answer({ kind: 'progress', id, progress: { phase: 'read', bytesRead: 10, totalBytes: 20, rows: 1 } });
    w.answer({ kind: 'progress', id: id + 99, progress: { phase: 'read', bytesRead: 99, totalBytes: 20, rows: 1 } });
    w.answer({ kind: 'result', id, value: failedImportResult({ name: 'x.csv', size: 1 }, 'no_match') });
    await run.result;
    expect(seen).toEqual([10]);
  });

  it('cancel settles at once: before the worker is up nothing is sent; while running the worker is terminated and replaced', async () => {
    const { client, workers } = setup();
    const early = client.run(blob('x'), 'x.csv');
    early.cancel();
    expect((await early.result).error?.code).toBe('cancelled');
    await tick();
    const late = client.run(blob('y'), 'y.csv');
    await tick();
    const w = workers[0]!;
    expect(w.requests()).toHaveLength(1); // the early run never started
    late.cancel();
    // No answer from the (busy) worker is needed: the run is cancelled and the worker is gone.
    const result = await late.result;
    expect(result.error?.code).toBe('cancelled');
    expect(result.dataset).toBeNull();
    expect(w.terminated).toBe(true);
    await tick();
    expect(workers).toHaveLength(2); // a fresh worker, initialised again
    expect(workers[1]!.sent.map((m) => m.kind)).toEqual(['init']);
    // A late answer of the terminated worker is ignored.
    w.answer({ kind: 'result', id: w.requests()[0]!.id, value: { ...failedImportResult({ name: 'y.csv', size: 1 }, 'no_match'), ok: true } });
    expect((await late.result).error?.code).toBe('cancelled');
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
