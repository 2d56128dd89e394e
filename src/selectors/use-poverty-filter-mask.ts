/** The map filter as a per-county mask (map order): 1 = kept, 0 = dimmed; null when the filter keeps everything. */
import { useMemo } from 'react';
import { passesPovertyFilter, povertyFilterValue } from '../model/poverty-filter';
import { usePovertyFilterStore } from '../store/poverty-filter-store';
import { useDesignationColumns } from './use-designation-columns';

/** The mask and a key that changes with it. */
export function usePovertyFilterMask(): { mask: Uint8Array; key: string } | null {
  const filter = usePovertyFilterStore((s) => s.filter);
  const columns = useDesignationColumns();
  return useMemo(() => {
    if (filter === 'all' || !columns) return null;
    const n = columns.designation.length;
    const mask = new Uint8Array(n);
    for (let i = 0; i < n; i++) mask[i] = passesPovertyFilter(filter, columns, i) ? 1 : 0;
    return { mask, key: povertyFilterValue(filter) };
  }, [filter, columns]);
}
