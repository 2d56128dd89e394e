/**
 * A clock that tests and wall-display scenes can control: playback and autoplay ask it for time and timers
 * instead of calling Date/setTimeout directly, so a test can step time and a scene can pause it.
 */

/** Time source and timers. */
export interface Clock {
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => globalThis.clearTimeout(id),
};

/** A manual clock: time only moves when `advance` is called; due timers fire in order. */
export interface ManualClock extends Clock {
  advance: (ms: number) => void;
}

/** Creates a manual clock starting at `start` ms. */
export function createManualClock(start = 0): ManualClock {
  let time = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => time,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: time + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout: (id) => {
      timers.delete(id);
    },
    advance: (ms) => {
      const end = time + ms;
      for (;;) {
        let due: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        time = due[1].at;
        due[1].fn();
      }
      time = end;
    },
  };
}

let activeClock: Clock = systemClock;

/** The clock in use (tests and scenes may swap it). */
export function getClock(): Clock {
  return activeClock;
}

/** Swaps the clock in use; returns the previous one. */
export function setClock(clock: Clock): Clock {
  const previous = activeClock;
  activeClock = clock;
  return previous;
}

/** Calls `fn` every `ms` on `clock` (a chain of timeouts, so a manual clock steps it too); returns the stop function. */
export function repeatEvery(fn: () => void, ms: number, clock: Clock = getClock()): () => void {
  let id: number | null = null;
  const tick = (): void => {
    id = clock.setTimeout(tick, ms);
    fn();
  };
  id = clock.setTimeout(tick, ms);
  return () => {
    if (id !== null) clock.clearTimeout(id);
    id = null;
  };
}
