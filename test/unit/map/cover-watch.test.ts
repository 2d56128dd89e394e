// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchCovers, type FrameScheduler } from '../../../src/map/cover-watch';

/** A ResizeObserver whose size changes the test fires by hand. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.all.push(this);
  }
  observe(el: Element): void {
    this.observed.add(el);
  }
  unobserve(el: Element): void {
    this.observed.delete(el);
  }
  disconnect(): void {
    this.observed.clear();
  }
  resize(): void {
    this.callback();
  }
}

/** Frames run when the test says so. */
function manualFrames(): FrameScheduler & { flush: () => void } {
  let queue = new Map<number, () => void>();
  let next = 1;
  return {
    request: (fn) => {
      queue.set(next, fn);
      return next++;
    },
    cancel: (id) => void queue.delete(id),
    flush: () => {
      const run = [...queue.values()];
      queue = new Map();
      for (const fn of run) fn();
    },
  };
}

const flushMutations = () => new Promise((resolve) => setTimeout(resolve, 0));
const original = globalThis.ResizeObserver;

describe('watching the panels over a pane', () => {
  beforeEach(() => {
    FakeResizeObserver.all = [];
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
  });
  afterEach(() => {
    globalThis.ResizeObserver = original;
  });

  it('reports a cover that resizes, appears or goes, once per frame, and nothing once stopped', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<div class="pane-toolbar"><section class="legend"></section></div>';
    document.body.append(root);
    const frames = manualFrames();
    let calls = 0;
    const stop = watchCovers(root, '.pane-toolbar > *', () => (calls += 1), frames);
    const observer = FakeResizeObserver.all[0]!;
    expect([...observer.observed].map((e) => e.className)).toEqual(['legend']);
    frames.flush();
    calls = 0;

    observer.resize();
    observer.resize();
    frames.flush();
    expect(calls).toBe(1);

    const panel = document.createElement('section');
    panel.className = 'controls';
    root.querySelector('.pane-toolbar')!.append(panel);
    await flushMutations();
    frames.flush();
    expect(calls).toBe(2);
    expect(observer.observed.has(panel)).toBe(true);

    panel.remove();
    await flushMutations();
    frames.flush();
    expect(calls).toBe(3);
    expect(observer.observed.has(panel)).toBe(false);

    stop();
    observer.resize();
    frames.flush();
    expect(calls).toBe(3);
  });
});
