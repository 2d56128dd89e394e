import { describe, expect, it } from 'vitest';
import { createManualClock, repeatEvery } from '../../../src/lib/clock';

describe('manual clock', () => {
  it('fires due timers in time order when advanced', () => {
    const clock = createManualClock(0);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b'), 200);
    clock.setTimeout(() => fired.push('a'), 100);
    clock.advance(150);
    expect(fired).toEqual(['a']);
    expect(clock.now()).toBe(150);
    clock.advance(100);
    expect(fired).toEqual(['a', 'b']);
  });

  it('runs timers scheduled by timers within the same advance', () => {
    const clock = createManualClock(0);
    let count = 0;
    const tick = (): void => {
      count++;
      if (count < 5) clock.setTimeout(tick, 10);
    };
    clock.setTimeout(tick, 10);
    clock.advance(100);
    expect(count).toBe(5);
  });

  it('does not fire cleared timers', () => {
    const clock = createManualClock(0);
    let fired = false;
    const id = clock.setTimeout(() => (fired = true), 5);
    clock.clearTimeout(id);
    clock.advance(10);
    expect(fired).toBe(false);
  });
});

describe('repeatEvery', () => {
  it('repeats on the given clock until stopped, so a manual clock steps it', () => {
    const clock = createManualClock();
    const at: number[] = [];
    const stop = repeatEvery(() => at.push(clock.now()), 900, clock);
    clock.advance(2000);
    expect(at).toEqual([900, 1800]);
    stop();
    clock.advance(5000);
    expect(at).toEqual([900, 1800]);
  });
});
