/**
 * Which datasets the profile shows, in order: the series of the pane's dataset (the sample unless the pane shows
 * an import), then the 2020 census figures beside them; the facts dataset feeds the facts list, not a table.
 */
import { datasetKind, type DatasetManifest } from '../../model/indicators/dataset';

/**
 * Dataset ids whose indicators get a table in the profile: every dataset with indicators (the facts list feeds the
 * facts instead), the pane's first, then the sample series, then the others in load order. Mapping an import puts
 * it on top but never hides the sample or the census.
 */
export function profileSections(paneDatasetId: string, datasets: readonly { id: string; manifest: DatasetManifest }[]): string[] {
  const tabled = datasets.filter((d) => datasetKind(d.manifest) !== 'facts' && d.manifest.indicators.length > 0);
  const rank = (d: { id: string }): number => (d.id === paneDatasetId ? 0 : d.id === 'sample' ? 1 : 2);
  return tabled
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map(({ d }) => d.id);
}

/** The dataset the exit check reads: the pane's when it has every indicator the check needs, else the sample. */
export function exitCheckDataset(paneDatasetId: string, datasets: readonly { id: string; manifest: DatasetManifest }[], needs: readonly string[]): string {
  const pane = datasets.find((d) => d.id === paneDatasetId);
  if (pane && needs.every((id) => pane.manifest.indicators.some((m) => m.id === id))) return pane.id;
  return 'sample';
}

/** The facts dataset (the 832 poverty counties), if loaded. */
export function factsDatasetId(datasets: readonly { id: string; manifest: DatasetManifest }[]): string | null {
  return datasets.find((d) => datasetKind(d.manifest) === 'facts')?.id ?? null;
}
