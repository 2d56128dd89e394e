/**
 * One typed client for every worker of the app (import, geometry, later the matching solver): requests and
 * answers matched by id, progress events, transferable buffers both ways, and failures as values — a run settles
 * with `{ ok: true, value }` or `{ ok: false, error }`, never with a rejection.
 *
 * Cancel terminates the worker and spawns a fresh one: a synchronous run (a spreadsheet parse, a solver) never
 * reads a "cancel" message until it has finished, so asking it to stop politely stops nothing. Other requests that
 * were in flight on the terminated worker are sent again to the fresh one when they can be (nothing of theirs was
 * transferred away); those that cannot settle as `interrupted`.
 *
 * The worker side is `serveWorker` below; the wire format (WorkerEnvelope, WorkerAnswer) is private to this file.
 */

/** Why a request did not produce a value. */
export type WorkerFailureKind =
  /** The handler threw or rejected; `message` is its error text. */
  | 'failed'
  /** The worker died (script failed to load, out of memory, uncaught error). */
  | 'crashed'
  /** The caller cancelled the request. */
  | 'cancelled'
  /** Another request's cancel terminated the worker and this one could not be re-sent. */
  | 'interrupted'
  /** The client was disposed, or its init step failed. */
  | 'closed';

/** A failure as a value. */
export interface WorkerFailure {
  kind: WorkerFailureKind;
  message: string;
}

/** The outcome of one request. */
export type WorkerOutcome<Res> = { ok: true; value: Res } | { ok: false; error: WorkerFailure };

/** The part of a Worker the client uses (a fake in unit tests, `new Worker(...)` in the app). */
export interface WorkerPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

/** Messages from the client to the worker. */
type WorkerEnvelope<Req, Init> = { kind: 'init'; init: Init } | { kind: 'request'; id: number; request: Req };

/** Messages from the worker to the client. */
type WorkerAnswer<Res, Prog> =
  | { kind: 'progress'; id: number; progress: Prog }
  | { kind: 'result'; id: number; value: Res }
  | { kind: 'error'; id: number; message: string };

/** A message with the buffers to transfer (not copy) along with it. */
export interface Transferring<T> {
  message: T;
  transfer?: Transferable[];
}

/** How a client makes its workers. */
export interface WorkerClientOptions<Init> {
  /** Creates one worker; called lazily on the first request and again after a cancel or a crash. */
  create: () => WorkerPort;
  /**
   * What every fresh worker gets before any request (e.g. the county index), computed once on first use and
   * kept; a rejection settles the waiting requests as `closed` and is retried on the next request.
   */
  init?: () => Promise<Transferring<Init>>;
}

/** Per-request options. */
export interface RequestOptions<Prog> {
  /** Buffers moved to the worker with the request; the request cannot be re-sent after a cancel of another one. */
  transfer?: Transferable[];
  onProgress?: (progress: Prog) => void;
}

/** A started request. */
export interface WorkerRun<Res> {
  /** Settles exactly once, never rejects. */
  result: Promise<WorkerOutcome<Res>>;
  /** Terminates the worker (if the request is still running) and settles this request as `cancelled`. */
  cancel: () => void;
}

/** A typed worker client. */
export interface WorkerClient<Req, Res, Prog> {
  request(request: Req, options?: RequestOptions<Prog>): WorkerRun<Res>;
  /** Terminates the worker; every pending request settles as `closed`. The next request starts a fresh one. */
  dispose(): void;
}

interface Pending<Req, Res, Prog> {
  request: Req;
  transfer: Transferable[];
  onProgress: ((progress: Prog) => void) | undefined;
  resolve: (outcome: WorkerOutcome<Res>) => void;
  /** The worker generation it was posted to; null while waiting for the worker. */
  postedTo: number | null;
}

const describe = (event: unknown): string => {
  if (event instanceof Error) return event.message;
  const message = (event as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== '' ? message : 'the worker stopped';
};

/** Creates a client; no worker exists until the first request. */
export function createWorkerClient<Req, Res, Prog = never, Init = never>(
  options: WorkerClientOptions<Init>,
): WorkerClient<Req, Res, Prog> {
  const pending = new Map<number, Pending<Req, Res, Prog>>();
  let nextId = 1;
  let worker: WorkerPort | null = null;
  let generation = 0;
  let init: Promise<Transferring<Init>> | null = null;
  let spawning: Promise<void> | null = null;

  const settle = (id: number, outcome: WorkerOutcome<Res>): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.resolve(outcome);
  };
  const failWhere = (test: (p: Pending<Req, Res, Prog>) => boolean, kind: WorkerFailureKind, message: string): void => {
    for (const [id, p] of [...pending]) if (test(p)) settle(id, { ok: false, error: { kind, message } });
  };

  const post = (id: number, p: Pending<Req, Res, Prog>): void => {
    if (!worker) return;
    p.postedTo = generation;
    const envelope: WorkerEnvelope<Req, Init> = { kind: 'request', id, request: p.request };
    worker.postMessage(envelope, p.transfer);
  };

  const kill = (): void => {
    worker?.terminate();
    worker = null;
    generation += 1;
  };

  /** Makes sure a worker is up (init sent), then posts every request still waiting for one. */
  const ensure = (): Promise<void> => {
    if (spawning) return spawning;
    const spawn = (async () => {
      try {
        if (!worker) {
          let first: Transferring<Init> | null = null;
          if (options.init) {
            init ??= options.init();
            try {
              first = await init;
            } catch (error) {
              init = null; // retried by the next request
              throw error;
            }
          }
          const w = options.create();
          const born = generation;
          w.onmessage = (event: MessageEvent) => {
            if (born !== generation) return; // a terminated worker's late answer
            const answer = event.data as WorkerAnswer<Res, Prog>;
            const p = pending.get(answer.id);
            if (!p) return;
            if (answer.kind === 'progress') p.onProgress?.(answer.progress);
            else if (answer.kind === 'result') settle(answer.id, { ok: true, value: answer.value });
            else settle(answer.id, { ok: false, error: { kind: 'failed', message: answer.message } });
          };
          w.onerror = (event) => {
            if (born !== generation) return;
            kill();
            failWhere((p) => p.postedTo === born, 'crashed', describe(event));
          };
          worker = w;
          if (first) {
            const envelope: WorkerEnvelope<Req, Init> = { kind: 'init', init: first.message };
            w.postMessage(envelope, first.transfer ?? []);
          }
        }
        for (const [id, p] of pending) if (p.postedTo === null) post(id, p);
      } catch (error) {
        failWhere((p) => p.postedTo === null, 'closed', describe(error));
      }
    })();
    // Cleared after the body ran (a body without awaits runs before this line, so it cannot clear it itself).
    spawning = spawn;
    void spawn.finally(() => {
      if (spawning === spawn) spawning = null;
    });
    return spawn;
  };

  return {
    request(request, requestOptions = {}) {
      const id = nextId++;
      const result = new Promise<WorkerOutcome<Res>>((resolve) => {
        pending.set(id, { request, transfer: requestOptions.transfer ?? [], onProgress: requestOptions.onProgress, resolve, postedTo: null });
      });
      // A request made while a worker is being spawned is posted by that same spawn (it loops over all waiting).
      if (spawning) void spawning.then(() => (pending.get(id)?.postedTo === null ? ensure() : undefined));
      else void ensure();
      return {
        result,
        cancel: () => {
          const p = pending.get(id);
          if (!p) return;
          settle(id, { ok: false, error: { kind: 'cancelled', message: 'cancelled' } });
          if (p.postedTo === null || p.postedTo !== generation) return; // never reached a worker
          const dead = generation;
          kill();
          // The others on the dead worker: re-send those whose buffers are still ours, interrupt the rest.
          failWhere((o) => o.postedTo === dead && o.transfer.length > 0, 'interrupted', 'another request was cancelled');
          for (const o of pending.values()) if (o.postedTo === dead) o.postedTo = null;
          void ensure();
        },
      };
    },
    dispose() {
      kill();
      failWhere(() => true, 'closed', 'closed');
    },
  };
}

/** What a handler may do besides returning its value. */
export interface HandlerContext<Prog> {
  progress(progress: Prog): void;
  /** Buffers to transfer (not copy) with the answer. */
  transfer(buffers: Transferable[]): void;
}

/** The worker's global scope as the server uses it. */
export interface WorkerScopeLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** The worker side: answers each request through `handle`; a throw becomes an `error` answer, never a crash. */
export function serveWorker<Req, Res, Prog = never, Init = never>(
  scope: WorkerScopeLike,
  handlers: {
    init?: (init: Init) => void | Promise<void>;
    handle: (request: Req, context: HandlerContext<Prog>) => Res | Promise<Res>;
  },
): void {
  let ready: Promise<void> = Promise.resolve();
  scope.onmessage = (event: MessageEvent) => {
    const envelope = event.data as WorkerEnvelope<Req, Init>;
    if (envelope.kind === 'init') {
      // Requests wait for init; an init that throws is the handler's business (it should keep the error).
      ready = Promise.resolve(handlers.init?.(envelope.init)).catch(() => undefined);
      return;
    }
    const { id, request } = envelope;
    const transfer: Transferable[] = [];
    const context: HandlerContext<Prog> = {
      progress: (progress) => scope.postMessage({ kind: 'progress', id, progress } satisfies WorkerAnswer<Res, Prog>),
      transfer: (buffers) => transfer.push(...buffers),
    };
    void ready
      .then(() => handlers.handle(request, context))
      .then(
        (value) => scope.postMessage({ kind: 'result', id, value } satisfies WorkerAnswer<Res, Prog>, transfer),
        (error: unknown) => scope.postMessage({ kind: 'error', id, message: describe(error) } satisfies WorkerAnswer<Res, Prog>),
      );
  };
}
