import { describe, expect, it } from 'vitest';
import {
  DIMENSION_IDS,
  findMeasure,
  measuresAtLevel,
  measuresOfDimension,
  parseMeasureRegistry,
} from '../../../../src/model/partnership/measures';
import { readJson } from './test-data';

const raw = readJson('public/data/partnerships/measures.json') as { dimensions: unknown[]; measures: unknown[] };
const registry = parseMeasureRegistry(raw);

describe('measure registry', () => {
  it('has the six assessment dimensions in scorecard order, each with at least one measure', () => {
    expect(registry.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    for (const d of DIMENSION_IDS) expect(measuresOfDimension(registry, d).length, d).toBeGreaterThan(0);
  });

  it('sends labour west → east and money, cadres and enterprises east → west', () => {
    expect(findMeasure(registry, 'labour_placed')?.direction).toBe('west_to_east');
    for (const id of ['fiscal_aid', 'social_donations', 'investment', 'enterprises_invested', 'cadres_to_west']) {
      expect(findMeasure(registry, id)?.direction, id).toBe('east_to_west');
    }
    expect(findMeasure(registry, 'cadres_to_east')?.direction).toBe('west_to_east');
  });

  it('carries the units the issue names', () => {
    expect(findMeasure(registry, 'fiscal_aid')?.unit).toBe('wan_yuan');
    expect(findMeasure(registry, 'consumption_sales')?.unit).toBe('wan_yuan');
    expect(findMeasure(registry, 'investment')?.unit).toBe('yi_yuan');
    expect(findMeasure(registry, 'labour_placed')?.unit).toBe('persons');
  });

  it('names every measure in Chinese and English', () => {
    for (const m of registry.measures) {
      expect(m.name.zh.length, m.id).toBeGreaterThan(0);
      expect(m.name.en.length, m.id).toBeGreaterThan(0);
    }
  });

  it('lists the measures county pairs carry', () => {
    expect(measuresAtLevel(registry, 'county_pair').map((m) => m.id)).toEqual([
      'technical_staff',
      'fiscal_aid',
      'consumption_sales',
      'labour_placed',
    ]);
  });

  it('rejects an unknown direction, dimension or parent', () => {
    const [first] = raw.measures as Record<string, unknown>[];
    const with_ = (patch: Record<string, unknown>) => ({ ...raw, measures: [{ ...first, ...patch }] });
    expect(() => parseMeasureRegistry(with_({ direction: 'both' }))).toThrow(/direction/);
    expect(() => parseMeasureRegistry(with_({ dimension: 'morale' }))).toThrow(/dimension/);
    expect(() => parseMeasureRegistry(with_({ partOf: 'nothing' }))).toThrow(/partOf/);
  });
});
