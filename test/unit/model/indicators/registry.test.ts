import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findIndicatorDefinition, INDICATOR_REGISTRY } from '../../../../src/model/indicators/registry';
import { parseRuleFile } from '../../../../src/model/rules/exit-check-rules';
import { regionOfAdcode } from '../../../../src/model/geo/region';

const REQUIRED = [
  'poverty_incidence', 'poor_population', 'rural_income', 'road_hardened_villages', 'expressway_minutes', 'tap_water',
  'safe_drinking_water', 'broadband_villages', 'mobile_4g', 'clinic_coverage', 'compulsory_completion', 'monitored_households',
];

describe('indicator registry', () => {
  it('defines every indicator the issue names, bilingually', () => {
    for (const id of REQUIRED) {
      const def = findIndicatorDefinition(id);
      expect(def, id).toBeDefined();
      expect(def!.name.zh && def!.name.en && def!.definition.zh && def!.definition.en, id).toBeTruthy();
    }
    expect(new Set(INDICATOR_REGISTRY.map((d) => d.id)).size).toBe(INDICATOR_REGISTRY.length);
  });

  it('aggregates weighted means by weights that exist', () => {
    const weights = new Set(['rural_population', 'village_count']);
    for (const def of INDICATOR_REGISTRY) {
      if (def.aggregation.method === 'weighted_mean') expect(weights.has(def.aggregation.weight), def.id).toBe(true);
    }
    expect(findIndicatorDefinition('poverty_incidence')!.aggregation).toEqual({ method: 'weighted_mean', weight: 'rural_population' });
    expect(findIndicatorDefinition('poor_population')!.aggregation).toEqual({ method: 'sum' });
  });

  it('has monitoring only from 2021 and thresholds that point at real rules', () => {
    expect(findIndicatorDefinition('monitored_households')!.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(findIndicatorDefinition('tap_water')!.years[0]).toBe(2013);
    const ruleIds = parseRuleFile(JSON.parse(readFileSync('public/data/rules/poverty-exit.json', 'utf8'))).map((r) => r.id);
    for (const def of INDICATOR_REGISTRY) for (const t of def.thresholds ?? []) expect(ruleIds, def.id).toContain(t.ruleId);
  });

  it('puts the 12 western provinces in the west', () => {
    const west = ['150000', '450000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000'];
    expect(west.map(regionOfAdcode)).toEqual(Array(12).fill('west'));
    expect(['110000', '210000', '440000'].map(regionOfAdcode)).toEqual(['east', 'east', 'east']);
    expect(['140000', '230000', '430000'].map(regionOfAdcode)).toEqual(['central', 'central', 'central']);
    expect(['710000', '810000', '820000'].map(regionOfAdcode)).toEqual([null, null, null]);
  });
});
