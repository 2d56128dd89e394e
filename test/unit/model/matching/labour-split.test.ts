import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import loadHighs from 'highs';
import { createHighsSolver } from '../../../../src/lib/highs-lp-solver';
import type { LpSolver } from '../../../../src/lib/lp-solver';
import type { WorkerOutcome, WorkerRun } from '../../../../src/lib/worker-client';
import { parseCountyIndex } from '../../../../src/model/geo/county';
import { parsePairings } from '../../../../src/model/partnership/pairings';
import { parseLabourData } from '../../../../src/model/matching/matching-data';
import { createMatchingGeo } from '../../../../src/model/matching/matching-geo';
import { createPartnerLinks } from '../../../../src/model/matching/partner-links';
import { packSkillOutcomes, unpackSkillOutcomes } from '../../../../src/model/matching/packed-outcomes';
import { DEFAULT_LABOUR_SCENARIO, type LabourScenario } from '../../../../src/model/matching/labour-scenario';
import { solveLabourPlan, solveLabourSkills, type LabourInputs, type LabourPlan, type LabourSkillOutcome } from '../../../../src/model/matching/labour-plan';
import { labourSkillCost, labourSplit, labourWorkerCount, solveLabourPlanSplit, splitLabourSkills } from '../../../../src/model/matching/labour-split';
import { SKILL_IDS, type SkillId } from '../../../../src/model/matching/skills';

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

let solver: LpSolver;
let inputs: LabourInputs;
beforeAll(async () => {
  solver = createHighsSolver(await loadHighs());
  const index = parseCountyIndex(json('public/geo/counties.json'));
  const pairs = parsePairings(json('public/data/partnerships/pairings.json')).pairs;
  const data = parseLabourData(json('public/data/matching/labour.json'));
  inputs = { data, geo: createMatchingGeo(index), links: createPartnerLinks(pairs, index, 2021), pairs };
});

// The sample data, 浙江's cities and their paired counties only: six skills of a few thousand arcs each.
const scenario: LabourScenario = { ...DEFAULT_LABOUR_SCENARIO, structure: 2021, east: '330000', reach: 'paired' };

/** A plan without what may differ between runs: wall and per-skill times, and how many workers ran. */
function timeless(plan: LabourPlan): unknown {
  return { ...plan, solveMs: 0, workers: 0, skills: plan.skills.map((s) => ({ ...s, solveMs: 0 })) };
}

/**
 * Parts solved "elsewhere" in this process: the outcomes cross structuredClone as they would cross postMessage,
 * and later parts answer first (the merge must not care).
 */
function inProcessParts(parts: SkillId[][]) {
  return (skills: SkillId[], part: number): WorkerRun<LabourSkillOutcome[]> => {
    parts[part] = skills;
    const result = new Promise<WorkerOutcome<LabourSkillOutcome[]>>((resolve) => {
      // As a helper answers: the flows packed, the message cloned with its buffers transferred, then unpacked.
      const packed = packSkillOutcomes(solveLabourSkills(inputs, scenario, skills, solver));
      const crossed = structuredClone(packed.outcomes, { transfer: packed.transfer });
      setTimeout(() => resolve({ ok: true, value: unpackSkillOutcomes(crossed) }), 40 / part);
    });
    return { result, cancel: () => undefined };
  };
}

describe('labourWorkerCount', () => {
  it('takes one worker per core, at most one per skill and at most the cap', () => {
    expect(labourWorkerCount(2, 6)).toBe(2);
    expect(labourWorkerCount(16, 6)).toBe(4);
    expect(labourWorkerCount(16, 6, 8)).toBe(6);
    expect(labourWorkerCount(8, 1)).toBe(1);
    expect(labourWorkerCount(0, 6)).toBe(1);
    expect(labourWorkerCount(Number.NaN, 6)).toBe(1);
  });
});

describe('splitLabourSkills', () => {
  const skills = [...SKILL_IDS];

  it('puts the longest first onto the least loaded worker and keeps the skill order within a part', () => {
    // costs 5 3 3 2 2 1: 5 → A; 3 → B; 3 → B (6); 2 → A (7); 2 → B (8)? no: A 7 vs B 6 → B (8); 1 → A (8).
    const parts = splitLabourSkills(skills, [5, 3, 3, 2, 2, 1], 2);
    expect(parts).toEqual([
      ['construction', 'care', 'ecommerce_logistics'],
      ['manufacturing', 'services', 'agri_processing'],
    ]);
  });

  it('breaks ties by skill order and lowest worker, drops empty parts, and depends on its arguments only', () => {
    expect(splitLabourSkills(skills, [1, 1, 1, 1, 1, 1], 4)).toEqual([
      ['construction', 'agri_processing'], ['manufacturing', 'ecommerce_logistics'], ['services'], ['care'],
    ]);
    expect(splitLabourSkills(['care', 'services'], [1, 1], 4)).toEqual([['care'], ['services']]);
    expect(splitLabourSkills(skills, [1, 2, 3, 4, 5, 6], 1)).toEqual([skills]);
    expect(splitLabourSkills(skills, [3, 1, 4, 1, 5, 9], 3)).toEqual(splitLabourSkills(skills, [3, 1, 4, 1, 5, 9], 3));
  });

  it('estimates a skill by its rows, from the data alone', () => {
    const costs = SKILL_IDS.map((s) => labourSkillCost(inputs.data, s));
    expect(costs.every((c) => c > 1e6)).toBe(true);
    // Every skill lands in exactly one part.
    expect(labourSplit(inputs.data, scenario, 4).flat().sort()).toEqual([...SKILL_IDS].sort());
  });
});

describe('solveLabourPlanSplit', () => {
  it('gives the serial plan, byte for byte but the timings, for 2, 3 and 4 workers, whichever part answers first', async () => {
    const serial = solveLabourPlan(inputs, scenario, solver);
    expect(serial.status).toBe('optimal');
    expect(serial.flows.length).toBeGreaterThan(100);
    expect(serial.workers).toBe(1);
    for (const workers of [2, 3, 4]) {
      const parts: SkillId[][] = [];
      const plan = await solveLabourPlanSplit(inputs, scenario, solver, { workers, startPart: inProcessParts(parts) }).result;
      expect(plan.workers).toBe(workers);
      expect(parts.slice(1).flat().length).toBeGreaterThan(0);
      expect(JSON.stringify(timeless(plan))).toBe(JSON.stringify(timeless(serial)));
    }
  });

  it('is the serial solve with one worker (nothing started elsewhere)', async () => {
    const startPart = vi.fn();
    const plan = await solveLabourPlanSplit(inputs, { ...scenario, skills: ['care', 'services'] }, solver, { workers: 1, startPart }).result;
    expect(startPart).not.toHaveBeenCalled();
    expect(timeless(plan)).toEqual(timeless(solveLabourPlan(inputs, { ...scenario, skills: ['care', 'services'] }, solver)));
  });

  it('cancels every part still running when the plan is cancelled, and settles as a rejection', async () => {
    const cancels: number[] = [];
    const run = solveLabourPlanSplit(inputs, scenario, solver, {
      workers: 3,
      startPart: (_skills, part) => {
        let settle: (o: WorkerOutcome<LabourSkillOutcome[]>) => void = () => undefined;
        const result = new Promise<WorkerOutcome<LabourSkillOutcome[]>>((resolve) => (settle = resolve));
        return { result, cancel: () => { cancels.push(part); settle({ ok: false, error: { kind: 'cancelled', message: 'cancelled' } }); } };
      },
    });
    run.cancel();
    await expect(run.result).rejects.toThrow(/cancelled/);
    expect([...new Set(cancels)].sort()).toEqual([1, 2]);
  });

  it('fails the plan when a part fails, and cancels the other parts at once', async () => {
    const cancelled: number[] = [];
    const run = solveLabourPlanSplit(inputs, scenario, solver, {
      workers: 3,
      startPart: (_skills, part) => ({
        result: part === 2 ? Promise.resolve({ ok: false, error: { kind: 'crashed', message: 'out of memory' } }) : new Promise(() => undefined),
        cancel: () => cancelled.push(part),
      }),
    });
    await expect(run.result).rejects.toThrow(/labour part 2 .*crashed: out of memory/);
    expect(cancelled).toContain(1);
  });
});
