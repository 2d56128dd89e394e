/**
 * Drives the animated partnership flow: while at least one pane animates, the shared phase advances on the app
 * clock (src/lib/clock.ts) and only those panes repaint. With no pane animating nothing is scheduled, so the map
 * keeps rendering on demand.
 */
import { useEffect } from 'react';
import { getClock } from '../lib/clock';
import { flowPhaseAt } from '../model/partnership/view';
import type { FlowPhase } from '../layers/flow-arc-layer';
import { getPane } from '../selectors/pane-registry';

/** Time between animation frames: ~25 fps is smooth for dashes and half the work of 60. */
export const FLOW_FRAME_MS = 40;

/** The one phase every animated arc layer reads. */
export const sharedFlowPhase: FlowPhase = { value: 0 };

const animating = new Set<number>();
let timer: number | null = null;

function tick(): void {
  const clock = getClock();
  sharedFlowPhase.value = flowPhaseAt(clock.now());
  for (const pane of animating) getPane(pane)?.map.triggerRepaint();
  timer = clock.setTimeout(tick, FLOW_FRAME_MS);
}

/** Starts animating pane `pane`'s arcs (returns the stop function). */
export function startFlow(pane: number): () => void {
  animating.add(pane);
  if (timer === null) tick();
  return () => {
    animating.delete(pane);
    if (animating.size === 0 && timer !== null) {
      getClock().clearTimeout(timer);
      timer = null;
    }
  };
}

/** Keeps pane `pane` animating while `on`. */
export function useFlowTicker(pane: number, on: boolean): void {
  useEffect(() => (on ? startFlow(pane) : undefined), [pane, on]);
}
