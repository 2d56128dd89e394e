/**
 * Today's code of a boundary county: exports carry both the boundary id (2016 vintage, what the map keys on) and
 * the code the county has now, following the dated change list forward (平泉县 130823 → 平泉市 130881).
 */
import type { AdcodeChangeList } from './adcode-change';

/** Builds `currentCodeOf(adcode)`: renames, upgrades, recodes and mergers followed in date order; splits keep the parent's code. */
export function createCurrentCodeOf(changes: AdcodeChangeList): (adcode: string) => string {
  const ordered = [...changes.changes].sort((a, b) => a.date.localeCompare(b.date));
  const cache = new Map<string, string>();
  return (adcode) => {
    const known = cache.get(adcode);
    if (known !== undefined) return known;
    let code = adcode;
    for (const change of ordered) {
      // A split (one → several) leaves the parent where it is; only a single successor carries the code forward.
      if (change.to.length === 1 && change.from.some((u) => u.code === code)) code = change.to[0]!.code;
    }
    cache.set(adcode, code);
    return code;
  };
}
