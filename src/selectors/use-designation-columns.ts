/** The real designation and exit year of every map county, from the facts dataset; null until it has loaded. */
import { useMemo } from 'react';
import { useAppStore } from '../store/app-store';
import { datasetKind } from '../model/indicators/dataset';
import type { DesignationColumns } from '../model/indicators/poverty-filter';
import { useDatasetAttributes } from './use-indicator-values';

/** The facts dataset's designation columns in map order. */
export function useDesignationColumns(): DesignationColumns | null {
  const factsId = useAppStore((s) => s.data.datasets.find((d) => datasetKind(d.manifest) === 'facts')?.id ?? null);
  const attributes = useDatasetAttributes(factsId);
  return useMemo(() => {
    const d = attributes?.get('designation');
    const y = attributes?.get('exit_year');
    if (d?.kind !== 'category' || y?.kind !== 'number') return null;
    return { designation: d.values, exitYear: y.values };
  }, [attributes]);
}
