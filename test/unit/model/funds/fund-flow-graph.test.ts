import { describe, expect, it } from 'vitest';
import { buildFlowGraph, countiesThroughNode, type FlowFilter, type PlaceOf } from '../../../../src/model/funds/fund-flow-graph';
import { findImbalances } from '../../../../src/model/funds/fund-balance';
import { parseFundTable, type FundRow } from '../../../../src/model/funds/fund-table';

const PLACES: Record<string, { prefecture: string; province: string }> = {
  '520121': { prefecture: '520100', province: '520000' },
  '520122': { prefecture: '520100', province: '520000' },
  '530121': { prefecture: '530100', province: '530000' },
};
const placeOf: PlaceOf = (c) => PLACES[c];

/** Amounts with fen that would drift as floats (0.1 + 0.2 …). */
const TABLE = parseFundTable(
  [
    ['source', 'programme', 'county', 'year', 'amount', 'spent'],
    ['central', 'industry', '520121', '2022', '100.10', '90'],
    ['central', 'road', '520121', '2022', '0.20', ''],
    ['province', 'industry', '520122', '2022', '33.33', '33.33'],
    ['pooled', 'water', '530121', '2022', '0.10', '0.10'],
    ['central', 'industry', '530121', '2022', '66.67', '60'],
    ['central', 'industry', '530121', '2020', '50', '50'],
  ],
  'test.csv',
);

const nodeValue = (rows: readonly FundRow[], f: FlowFilter, id: string) => buildFlowGraph(rows, f, placeOf).nodes.find((n) => n.id === id)?.valueFen;

describe('fund-flow graph', () => {
  const filter: FlowFilter = { year: 2022, counties: null, level: 'prefecture' };

  it('sums links in integer fen and balances at every node', () => {
    const graph = buildFlowGraph(TABLE.rows, filter, placeOf);
    expect(graph.totalFen).toBe(10010 + 20 + 3333 + 10 + 6667);
    expect(nodeValue(TABLE.rows, filter, 's.central')).toBe(10010 + 20 + 6667);
    expect(nodeValue(TABLE.rows, filter, 'p.industry')).toBe(10010 + 3333 + 6667);
    expect(nodeValue(TABLE.rows, filter, 'g.520100')).toBe(10010 + 20 + 3333);
    expect(nodeValue(TABLE.rows, filter, 'u.revitalise')).toBe(10010 + 20 + 3333 + 6667);
    expect(nodeValue(TABLE.rows, filter, 'u.consolidate')).toBe(10);
    expect(findImbalances(graph, TABLE.rows, filter, placeOf)).toEqual([]);
  });

  it('uses the 脱贫攻坚 purpose before 2021 and filters by year and counties', () => {
    const before = buildFlowGraph(TABLE.rows, { ...filter, year: 2020 }, placeOf);
    expect(before.nodes.map((n) => n.id)).toEqual(['s.central', 'u.alleviate', 'p.industry', 'g.530100']);
    const guiyang = buildFlowGraph(TABLE.rows, { ...filter, counties: new Set(['520122']), level: 'county' }, placeOf);
    expect(guiyang.totalFen).toBe(3333);
    expect(guiyang.nodes.at(-1)?.id).toBe('g.520122');
  });

  it('reports a node whose links do not add up', () => {
    const graph = buildFlowGraph(TABLE.rows, filter, placeOf);
    const broken = { ...graph, links: graph.links.map((l) => (l.source === 'u.revitalise' && l.target === 'p.road' ? { ...l, valueFen: l.valueFen + 1 } : l)) };
    const bad = findImbalances(broken, TABLE.rows, filter, placeOf).map((i) => i.nodeId);
    expect(bad).toContain('u.revitalise');
    expect(bad).toContain('p.road');
  });

  it('finds the counties a node reaches', () => {
    expect([...countiesThroughNode(TABLE.rows, filter, 'p.industry', placeOf)].sort()).toEqual(['520121', '520122', '530121']);
    expect([...countiesThroughNode(TABLE.rows, filter, 's.pooled', placeOf)]).toEqual(['530121']);
    expect([...countiesThroughNode(TABLE.rows, filter, 'g.520100', placeOf)].sort()).toEqual(['520121', '520122']);
  });
});

describe('place level', () => {
  it('steps up to prefectures and provinces when there are too many places', async () => {
    const { choosePlaceLevel } = await import('../../../../src/model/funds/fund-flow-graph');
    expect(choosePlaceLevel(TABLE.rows, placeOf)).toBe('county');
    const many = Array.from({ length: 41 }, (_, i) => ({ ...TABLE.rows[0]!, county: String(510100 + i * 100 + 1) }));
    const manyPlaces: PlaceOf = (c) => ({ prefecture: `${c.slice(0, 4)}00`, province: '510000' });
    expect(choosePlaceLevel(many, manyPlaces)).toBe('province');
    expect(choosePlaceLevel(many, () => ({ prefecture: '510100', province: '510000' }))).toBe('prefecture');
  });
});
