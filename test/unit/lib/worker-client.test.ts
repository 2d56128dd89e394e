import { describe, expect, it } from 'vitest';
import { createWorkerClient, serveWorker, type HandlerContext, type WorkerPort, type WorkerScopeLike } from '../../../src/lib/worker-client';

type Req = { op: 'echo'; value: number } | { op: 'count'; upTo: number } | { op: 'hang' } | { op: 'throw' } | { op: 'double'; buffer: ArrayBuffer } | { op: 'hold'; buffer: ArrayBuffer };
type Res = number | ArrayBuffer;

const tick = () => new Promise((r) => setTimeout(r, 0));

/**
 * A worker in the same process: messages cross through a macrotask like a real one, and transfer lists are
 * honoured with structuredClone, so a transferred buffer is detached on the sending side just as in a browser.
 */
class InProcessWorker implements WorkerPort {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent | Event) => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  readonly scope: WorkerScopeLike;
  constructor(serve: (scope: WorkerScopeLike) => void) {
    this.scope = {
      onmessage: null,
      postMessage: (message, transfer) => {
        const data = structuredClone(message, { transfer: transfer ?? [] });
        setTimeout(() => !this.terminated && this.onmessage?.({ data } as MessageEvent), 0);
      },
    };
    serve(this.scope);
  }
  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    const data = structuredClone(message, { transfer: transfer ?? [] });
    this.received.push(data);
    setTimeout(() => !this.terminated && this.scope.onmessage?.({ data } as MessageEvent), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

async function handle(request: Req, context: HandlerContext<number>): Promise<Res> {
  switch (request.op) {
    case 'echo':
      return request.value;
    case 'count':
      for (let i = 1; i <= request.upTo; i += 1) context.progress(i);
      return request.upTo;
    case 'hang':
    case 'hold':
      return new Promise<Res>(() => undefined);
    case 'throw':
      throw new Error('bad request');
    case 'double': {
      const out = new Float64Array(request.buffer).map((x) => x * 2);
      context.transfer([out.buffer]);
      return out.buffer;
    }
  }
}

function setup(init?: () => Promise<{ message: string }>) {
  const workers: InProcessWorker[] = [];
  const inits: string[] = [];
  const client = createWorkerClient<Req, Res, number, string>({
    create: () => {
      const w = new InProcessWorker((scope) => serveWorker<Req, Res, number, string>(scope, { init: (m) => void inits.push(m), handle }));
      workers.push(w);
      return w;
    },
    ...(init ? { init } : {}),
  });
  return { client, workers, inits };
}

describe('createWorkerClient', () => {
  it('matches answers to requests by id and creates the worker on the first request only', async () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    const a = client.request({ op: 'echo', value: 1 });
    const b = client.request({ op: 'echo', value: 2 });
    expect(await b.result).toEqual({ ok: true, value: 2 });
    expect(await a.result).toEqual({ ok: true, value: 1 });
    expect(workers).toHaveLength(1);
  });

  it('delivers progress events to their own request, in order, before the result', async () => {
    const { client } = setup();
    const seen: number[] = [];
    const other: number[] = [];
    const run = client.request({ op: 'count', upTo: 3 }, { onProgress: (p) => seen.push(p) });
    const quiet = client.request({ op: 'echo', value: 9 }, { onProgress: (p) => other.push(p) });
    expect(await run.result).toEqual({ ok: true, value: 3 });
    await quiet.result;
    expect(seen).toEqual([1, 2, 3]);
    expect(other).toEqual([]);
  });

  it('returns a handler error as a value, and the worker keeps serving', async () => {
    const { client, workers } = setup();
    expect(await client.request({ op: 'throw' }).result).toEqual({ ok: false, error: { kind: 'failed', message: 'bad request' } });
    expect(await client.request({ op: 'echo', value: 5 }).result).toEqual({ ok: true, value: 5 });
    expect(workers).toHaveLength(1);
  });

  it('cancel terminates a run that never yields, spawns a fresh worker and re-sends the others to it', async () => {
    const { client, workers, inits } = setup(async () => ({ message: 'index' }));
    const stuck = client.request({ op: 'hang' });
    const bystander = client.request({ op: 'hang' });
    await tick();
    await tick();
    stuck.cancel();
    expect(await stuck.result).toEqual({ ok: false, error: { kind: 'cancelled', message: 'cancelled' } });
    expect(workers[0]!.terminated).toBe(true);
    await tick();
    expect(workers).toHaveLength(2);
    // The fresh worker got init again, then the bystander (which still hangs there) but not the cancelled run.
    expect(inits).toEqual(['index', 'index']);
    expect(workers[1]!.received.map((m) => (m as { kind: string }).kind)).toEqual(['init', 'request']);
    const after = client.request({ op: 'echo', value: 7 });
    expect(await after.result).toEqual({ ok: true, value: 7 });
    bystander.cancel();
    expect((await bystander.result).ok).toBe(false);
    stuck.cancel(); // a second cancel of a settled run does nothing
    expect(workers).toHaveLength(3);
  });

  it('interrupts, rather than re-sends, a bystander whose buffers were transferred away', async () => {
    const { client } = setup();
    const stuck = client.request({ op: 'hang' });
    const buffer = new Float64Array([1]).buffer;
    const moved = client.request({ op: 'hold', buffer }, { transfer: [buffer] });
    await tick();
    expect(buffer.byteLength).toBe(0); // it went to the first worker
    stuck.cancel();
    expect(await moved.result).toEqual({ ok: false, error: { kind: 'interrupted', message: 'another request was cancelled' } });
    expect(await client.request({ op: 'echo', value: 1 }).result).toEqual({ ok: true, value: 1 });
  });

  it('cancels a request that has not reached a worker without terminating anything', async () => {
    let release: (v: { message: string }) => void = () => undefined;
    const { client, workers } = setup(() => new Promise((r) => (release = r)));
    const early = client.request({ op: 'echo', value: 1 });
    early.cancel();
    expect((await early.result).ok).toBe(false);
    release({ message: 'index' });
    expect(await client.request({ op: 'echo', value: 2 }).result).toEqual({ ok: true, value: 2 });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.filter((m) => (m as { kind: string }).kind === 'request')).toHaveLength(1);
  });

  it('transfers buffers both ways instead of copying them', async () => {
    const { client } = setup();
    const buffer = new Float64Array([1.5, 2]).buffer;
    const outcome = await client.request({ op: 'double', buffer }, { transfer: [buffer] }).result;
    expect(buffer.byteLength).toBe(0); // detached here: it was moved to the worker
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect([...new Float64Array(outcome.value as ArrayBuffer)]).toEqual([3, 4]);
  });

  it('turns a crash into crashed results and starts a fresh worker for the next request', async () => {
    const { client, workers } = setup();
    const run = client.request({ op: 'hang' });
    await tick();
    await tick();
    workers[0]!.crash('out of memory');
    expect(await run.result).toEqual({ ok: false, error: { kind: 'crashed', message: 'out of memory' } });
    expect(workers[0]!.terminated).toBe(true);
    expect(await client.request({ op: 'echo', value: 3 }).result).toEqual({ ok: true, value: 3 });
    expect(workers).toHaveLength(2);
  });

  it('settles waiting requests as closed when init fails, and retries init on the next request', async () => {
    let calls = 0;
    const { client, workers } = setup(async () => {
      calls += 1;
      if (calls === 1) throw new Error('no index yet');
      return { message: 'index' };
    });
    expect(await client.request({ op: 'echo', value: 1 }).result).toEqual({ ok: false, error: { kind: 'closed', message: 'no index yet' } });
    expect(workers).toHaveLength(0);
    expect(await client.request({ op: 'echo', value: 2 }).result).toEqual({ ok: true, value: 2 });
  });

  it('dispose settles everything pending as closed and terminates the worker', async () => {
    const { client, workers } = setup();
    const run = client.request({ op: 'hang' });
    await tick();
    client.dispose();
    expect((await run.result).ok).toBe(false);
    expect(workers[0]!.terminated).toBe(true);
  });
});
