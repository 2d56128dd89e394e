/** The map filter as a per-county mask (map order): 1 = kept, 0 = dimmed; null when the filter keeps everything. */
import { useMemo } from 'react';
import { parsePovertyFilter, passesPovertyFilter } from '../model/indicators/poverty-filter';
import { useAppStore } from '../store/app-store';
import { useDesignationColumns } from './use-designation-columns';

/** The mask and a key that changes with it. */
export function usePovertyFilterMask(): { mask: Uint8Array; key: string } | null {
  const value = useAppStore((s) => s.view.mapFilter);
  const columns = useDesignationColumns();
  return useMemo(() => {
    const filter = parsePovertyFilter(value);
    if (filter === 'all' || !columns) return null;
    const n = columns.designation.length;
    const mask = new Uint8Array(n);
    for (let i = 0; i < n; i++) mask[i] = passesPovertyFilter(filter, columns, i) ? 1 : 0;
    return { mask, key: value };
  }, [value, columns]);
}
