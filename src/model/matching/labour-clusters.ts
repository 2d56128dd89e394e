/**
 * The aggregations that price a labour problem's warm start (transport-warm-start.ts): its counties merged by
 * province, then by prefecture (the first 2 and 4 digits of the adcode), each group of workers kept apart, the
 * counties' local markets merged alike; capitals and eastern cities stay themselves.
 */
import type { Clustering } from './transport-warm-start';
import type { LabourSkillProblem } from './labour-problem';

/** Adcode digits kept at each level, coarsest first. */
export const LABOUR_CLUSTER_DIGITS = [2, 4] as const;

/** A level merges too little to be worth solving first when it keeps more than this share of the supply nodes. */
const MAX_KEPT_SHARE = 0.5;

function ids(keys: readonly string[]): Int32Array {
  const seen = new Map<string, number>();
  return Int32Array.from(keys, (k) => {
    let id = seen.get(k);
    if (id === undefined) {
      id = seen.size;
      seen.set(k, id);
    }
    return id;
  });
}

/** The clusterings of `problem` for the warm start, coarsest first; levels that merge too little are left out. */
export function labourClusterings(problem: LabourSkillProblem, digits: readonly number[] = LABOUR_CLUSTER_DIGITS): Clustering[] {
  const out: Clustering[] = [];
  for (const n of digits) {
    const supply = ids(problem.supplies.map((s) => `${s.county.slice(0, n)}|${s.group}`));
    let clusters = 0;
    for (const c of supply) clusters = Math.max(clusters, c + 1);
    if (clusters > MAX_KEPT_SHARE * problem.supplies.length) continue;
    const dest = ids(problem.destinations.map((d) => (d.kind === 'local' ? `local|${d.adcode.slice(0, n)}` : `${d.kind}|${d.adcode}`)));
    out.push({ supply, dest });
  }
  return out;
}
