import { describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../../../../src/model/indicators/dataset';
import { exitCheckDataset, factsDatasetId, profileSections } from '../../../../src/panels/profile/profile-sections';

const ds = (id: string, kind: DatasetManifest['kind'] | undefined, indicators: string[], sample = false) => ({
  id,
  manifest: { id, sample, ...(kind ? { kind } : {}), indicators: indicators.map((i) => ({ id: i })) } as unknown as DatasetManifest,
});
const datasets = [
  ds('sample', 'sample', ['poverty_incidence', 'tap_water'], true),
  ds('census2020', 'real', ['tap_water_dwelling']),
  ds('poverty_counties', 'facts', ['exit_year']),
  ds('mine', undefined, ['poverty_incidence']),
];

describe('profile sections', () => {
  it('shows every dataset with indicators, the mapped one first, never the facts as a table', () => {
    expect(profileSections('sample', datasets)).toEqual(['sample', 'census2020', 'mine']);
    expect(profileSections('census2020', datasets)).toEqual(['census2020', 'sample', 'mine']);
    expect(profileSections('poverty_counties', datasets)).toEqual(['sample', 'census2020', 'mine']);
    // Mapping an imported indicator puts it on top and keeps the sample and the census (it once lost them).
    expect(profileSections('mine', datasets)).toEqual(['mine', 'sample', 'census2020']);
  });
  it('runs the exit check on the pane dataset only when it has incidence, and finds the facts', () => {
    expect(exitCheckDataset('mine', datasets, ['poverty_incidence'])).toBe('mine');
    expect(exitCheckDataset('census2020', datasets, ['poverty_incidence'])).toBe('sample');
    expect(factsDatasetId(datasets)).toBe('poverty_counties');
  });
});
