import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, setClock, systemClock } from '../../../src/lib/clock';
import { FLOW_FRAME_MS, sharedFlowPhase, startFlow } from '../../../src/map/flow-ticker';
import { FLOW_PERIOD_MS } from '../../../src/model/partnership/view';

afterEach(() => {
  setClock(systemClock);
});

describe('flow ticker', () => {
  it('advances the shared phase on the app clock while a pane animates, and schedules nothing after', () => {
    const clock = createManualClock(0);
    setClock(clock);
    const stop = startFlow(0);
    clock.advance(FLOW_PERIOD_MS / 4);
    expect(sharedFlowPhase.value).toBeCloseTo(Math.floor(FLOW_PERIOD_MS / 4 / FLOW_FRAME_MS) * FLOW_FRAME_MS / FLOW_PERIOD_MS, 5);
    stop();
    const frozen = sharedFlowPhase.value;
    clock.advance(FLOW_PERIOD_MS);
    expect(sharedFlowPhase.value).toBe(frozen);
  });

  it('keeps running until the last pane stops', () => {
    const clock = createManualClock(0);
    setClock(clock);
    const stopA = startFlow(0);
    const stopB = startFlow(1);
    stopA();
    clock.advance(FLOW_FRAME_MS * 3);
    expect(sharedFlowPhase.value).toBeCloseTo((FLOW_FRAME_MS * 3) / FLOW_PERIOD_MS, 5);
    stopB();
  });
});
