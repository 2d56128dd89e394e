/**
 * Vitest 5 calls Map.groupBy / Object.groupBy (Node ≥ 21) while printing failures; on Node 20 its reporter then
 * crashes and hides what failed. Loaded with `node --import` (scripts/lib/vitest-run.mjs) and by the vitest configs.
 */
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function groupBy(items, keyOf) {
    const groups = new Map();
    let i = 0;
    for (const item of items) {
      const key = keyOf(item, i++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = function groupBy(items, keyOf) {
    const groups = Object.create(null);
    let i = 0;
    for (const item of items) {
      const key = keyOf(item, i++);
      (groups[key] ??= []).push(item);
    }
    return groups;
  };
}
