import { beforeAll, describe, expect, it } from 'vitest';
import loadHighs from 'highs';
import { createHighsSolver } from '../../../../src/lib/highs-lp-solver';
import type { LpSolver } from '../../../../src/lib/lp-solver';
import type { CountyIndexJson } from '../../../../src/model/geo/county';
import type { Pairing } from '../../../../src/model/partnership/pairings';
import { createMatchingGeo } from '../../../../src/model/matching/matching-geo';
import { createPartnerLinks } from '../../../../src/model/matching/partner-links';
import { parseLabourData, type LabourData } from '../../../../src/model/matching/matching-data';
import { DEFAULT_LABOUR_WEIGHTS, greatCircleKm, labourUtility } from '../../../../src/model/matching/labour-utility';
import { DEFAULT_LABOUR_SCENARIO, type LabourScenario } from '../../../../src/model/matching/labour-scenario';
import { solveLabourPlan, type LabourInputs } from '../../../../src/model/matching/labour-plan';
import { SKILL_IDS } from '../../../../src/model/matching/skills';

let solver: LpSolver;
beforeAll(async () => {
  solver = createHighsSolver(await loadHighs());
});

const box = [0, 0, 0, 0] as [number, number, number, number];
const index: Pick<CountyIndexJson, 'counties' | 'prefectures' | 'provinces'> = {
  provinces: [
    { adcode: '510000', name: '四川省', short: '四川', pinyin: 'sichuan', capital: '510100', point: [104.06, 30.67], bbox: box },
    { adcode: '330000', name: '浙江省', short: '浙江', pinyin: 'zhejiang', capital: '330100', point: [120.2, 30.3], bbox: box },
    { adcode: '320000', name: '江苏省', short: '江苏', pinyin: 'jiangsu', capital: '320100', point: [118.8, 32.0], bbox: box },
  ],
  prefectures: [
    { adcode: '510100', name: '成都市', province: '510000', pinyin: 'chengdu', point: [104.06, 30.67], bbox: box },
    { adcode: '513200', name: '阿坝州', province: '510000', pinyin: 'aba', point: [102.2, 31.9], bbox: box },
    { adcode: '330100', name: '杭州市', province: '330000', pinyin: 'hangzhou', point: [120.2, 30.3], bbox: box },
    { adcode: '320100', name: '南京市', province: '320000', pinyin: 'nanjing', point: [118.8, 32.0], bbox: box },
  ],
  counties: [
    { adcode: '513221', name: '汶川县', prefecture: '513200', province: '510000', pinyin: 'wenchuanxian', initials: 'wcx', point: [103.6, 31.5], bbox: box },
  ],
};
const zhejiangSichuan: Pairing = {
  id: '2021-330000-510000', structure: 2021, level: 'province', source: 'test',
  east: { adcode: '330000', name: '浙江省', short: '浙江', level: 'province' },
  west: { adcode: '510000', name: '四川省', short: '四川', level: 'province' },
};

/** Labour data for one county and one skill (construction); the other skills are empty. */
function data(groups: number[], local: { vacancies: number; wage: number }, capital: { vacancies: number; wage: number }, cities: { vacancies: number; wage: number }[]): LabourData {
  const empty = { vacancies: [0], wage: [0] };
  const offer = (o: { vacancies: number; wage: number }) => ({ vacancies: [o.vacancies], wage: [o.wage], housing: [0], training: [0] });
  const json = {
    schema: 1, kind: 'sample', label: { zh: '示例数据', en: 'Sample data' }, skills: [...SKILL_IDS],
    groups: ['untrained-local', 'untrained-province', 'untrained-far', 'trained-local', 'trained-province', 'trained-far'],
    counties: ['513221'],
    supply: Object.fromEntries(SKILL_IDS.map((s) => [s, s === 'construction' ? groups : [0, 0, 0, 0, 0, 0]])),
    localDemand: Object.fromEntries(SKILL_IDS.map((s) => [s, s === 'construction' ? { vacancies: [local.vacancies], wage: [local.wage] } : empty])),
    capitals: ['510100'],
    capitalDemand: Object.fromEntries(SKILL_IDS.map((s) => [s, s === 'construction' ? offer(capital) : offer({ vacancies: 0, wage: 0 })])),
    cities: ['320100', '330100'],
    cityDemand: Object.fromEntries(SKILL_IDS.map((s) => [s, {
      vacancies: cities.map((c) => (s === 'construction' ? c.vacancies : 0)), wage: cities.map((c) => c.wage), housing: [0, 0], training: [0, 0],
    }])),
  };
  return parseLabourData(json);
}

function inputs(d: LabourData): LabourInputs {
  return { data: d, geo: createMatchingGeo(index), links: createPartnerLinks([zhejiangSichuan], index, 2021), pairs: [zhejiangSichuan] };
}

const scenario = (over: Partial<LabourScenario> = {}): LabourScenario => ({ ...DEFAULT_LABOUR_SCENARIO, skills: ['construction'], ...over });

describe('labourUtility', () => {
  it('sums wage, travel, housing, training and partner bonus', () => {
    const u = labourUtility(DEFAULT_LABOUR_WEIGHTS, { wage: 6000, housing: true, training: true }, false, 1000, true);
    expect(u.wage).toBeCloseTo(6000 * 0.85, 9);
    expect(u.travel).toBeCloseTo(-(300 + 0.5 * 1000), 9);
    expect(u.housing).toBe(600);
    expect(u.training).toBe(300);
    expect(u.partner).toBe(400);
    expect(u.total).toBeCloseTo(5100 - 800 + 600 + 300 + 400, 9);
  });

  it('gives trained workers the full wage and no training value, and staying home costs no travel', () => {
    const u = labourUtility(DEFAULT_LABOUR_WEIGHTS, { wage: 2000, housing: false, training: true }, true, 0, false);
    expect(u).toEqual({ wage: 2000, travel: 0, housing: 0, training: 0, partner: 0, total: 2000 });
  });
});

describe('solveLabourPlan', () => {
  // 南京 pays 300 more and is nearer; 杭州 is the official partner (浙江 → 四川, 2021).
  const twoCities = () => data([0, 0, 0, 0, 0, 10], { vacancies: 0, wage: 0 }, { vacancies: 0, wage: 0 }, [{ vacancies: 20, wage: 5300 }, { vacancies: 20, wage: 5000 }]);

  it('sends the workers to the better city without a partner bonus, and to the partner with a large one', () => {
    const noBonus = solveLabourPlan(inputs(twoCities()), scenario({ weights: { ...DEFAULT_LABOUR_WEIGHTS, partnerBonus: 0 } }), solver);
    expect(noBonus.status).toBe('optimal');
    expect(noBonus.flows.map((f) => [f.dest, f.people])).toEqual([['320100', 10]]);
    const bonus = solveLabourPlan(inputs(twoCities()), scenario({ weights: { ...DEFAULT_LABOUR_WEIGHTS, partnerBonus: 1000 } }), solver);
    expect(bonus.flows.map((f) => [f.dest, f.people, f.pairing])).toEqual([['330100', 10, zhejiangSichuan.id]]);
    expect(bonus.totals.partnerShare).toBe(1);
    expect(bonus.pairings).toEqual([expect.objectContaining({ pairing: zhejiangSichuan.id, people: 10, idle: null })]);
    // The objective is the hand-computed utility of 10 people in 杭州.
    const km = greatCircleKm([103.6, 31.5], [120.2, 30.3]);
    expect(bonus.objective).toBeCloseTo(10 * (5000 - 300 - 0.5 * km + 1000), 6);
  });

  it('explains the flow: its utility parts, the runner-up with a non-positive reduced cost, and the shadow prices', () => {
    const plan = solveLabourPlan(inputs(twoCities()), scenario({ weights: { ...DEFAULT_LABOUR_WEIGHTS, partnerBonus: 0 } }), solver);
    const [flow] = plan.flows;
    expect(flow!.binding).toContain('supply');
    expect(flow!.runnerUp?.dest).toBe('330100');
    expect(flow!.runnerUp!.reducedCost).toBeLessThanOrEqual(0);
    // Runner-up's reduced cost is exactly the utility gap here (both cities have room: their shadow prices are 0).
    expect(flow!.runnerUp!.reducedCost).toBeCloseTo(flow!.runnerUp!.utility - flow!.utility.total, 6);
    expect(flow!.supplyShadow).toBeCloseTo(flow!.utility.total, 6);
    expect(flow!.vacancyShadow).toBeCloseTo(0, 6);
  });

  it('only the paired city hires under "paired partners only"', () => {
    const plan = solveLabourPlan(inputs(twoCities()), scenario({ reach: 'paired', weights: { ...DEFAULT_LABOUR_WEIGHTS, partnerBonus: 0 } }), solver);
    expect(plan.flows.map((f) => f.dest)).toEqual(['330100']);
  });

  it('keeps each willingness group within its reach and reports the unplaced', () => {
    // 10 who stay in the county (5 local jobs), 10 who move within the province; eastern jobs pay far more.
    const d = data([10, 10, 0, 0, 0, 0], { vacancies: 5, wage: 2000 }, { vacancies: 100, wage: 3500 }, [{ vacancies: 100, wage: 9000 }, { vacancies: 100, wage: 9000 }]);
    const plan = solveLabourPlan(inputs(d), scenario(), solver);
    const local = plan.flows.filter((f) => f.group === 'untrained-local');
    const province = plan.flows.filter((f) => f.group === 'untrained-province');
    expect(local.map((f) => [f.destKind, f.people])).toEqual([['local', 5]]);
    expect(local[0]!.binding).toEqual(expect.arrayContaining(['vacancies', 'willingness']));
    expect(province.map((f) => [f.destKind, f.people])).toEqual([['capital', 10]]);
    expect(province[0]!.binding).toContain('willingness');
    expect(plan.totals.placed).toBe(15);
    expect(plan.totals.supplyLeft).toBe(5);
    expect(plan.totals.eastVacanciesLeft).toBe(200);
  });

  it('says infeasible when an eastern fill quota cannot be met, and hides nothing', () => {
    const plan = solveLabourPlan(inputs(twoCities()), scenario({ minEastFill: 0.5 }), solver);
    expect(plan.status).toBe('infeasible');
    expect(plan.flows).toEqual([]);
    expect(plan.totals.supplyLeft).toBe(10);
    expect(plan.totals.vacanciesLeft).toBe(40);
  });

  it('moves untrained workers to trained in a training programme', () => {
    const d = data([0, 0, 10, 0, 0, 0], { vacancies: 0, wage: 0 }, { vacancies: 0, wage: 0 }, [{ vacancies: 10, wage: 5300 }, { vacancies: 0, wage: 0 }]);
    const plain = solveLabourPlan(inputs(d), scenario(), solver);
    const trained = solveLabourPlan(inputs(d), scenario({ training: { places: ['513200'], share: 1 } }), solver);
    expect(plain.flows[0]!.group).toBe('untrained-far');
    expect(trained.flows[0]!.group).toBe('trained-far');
    expect(trained.objective - plain.objective).toBeCloseTo(10 * 5300 * 0.15, 6);
  });
});
