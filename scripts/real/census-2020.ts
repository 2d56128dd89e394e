/**
 * The 2020 census (七普) by county from thebamboogrove/tudigong's tables (NBS, Tabulation on the 2020 China
 * Population Census by County), matched from the 2021 county vintage onto our 2016 boundary units through the
 * change list. Pure: the CSV texts in, per-polygon values and a row-by-row match report out.
 *
 * Matching: census units and polygons form groups (a unit that covers several polygons, several units that
 * share one polygon). A one-to-one group takes the unit's values. Any other group is approximate: its shares and
 * averages are the population-weighted mean of its units, given to each polygon; its counts are summed when the
 * group is one polygon and left empty when they would have to be split between polygons.
 */
import type { CountyLookup } from '../../src/model/geo/county-lookup';
import type { Aggregation, IndicatorTheme, IndicatorUnit, LocalText, Polarity } from '../../src/model/indicators/dataset';
import { cellNumber, readCsvRows, type CsvTable } from './csv-rows';

/** The census tables read (file names under census2020/tudigong/). */
export const CENSUS_FILES = ['population', 'ages', 'education', 'households', 'housing'] as const;
export type CensusFile = (typeof CENSUS_FILES)[number];

/** How a source value becomes the stored one. */
type Scale = 'fraction_to_percent' | 'as_is';

/** One shipped census indicator and the source column it is read from. */
export interface CensusIndicatorDef {
  id: string;
  file: CensusFile;
  column: string;
  scale: Scale;
  /** Counts add up across units; everything else is averaged by population. */
  additive: boolean;
  name: LocalText;
  definition: LocalText;
  unit: IndicatorUnit;
  unitLabel: LocalText;
  theme: IndicatorTheme;
  polarity: Polarity;
  domain: [number, number];
}

const PCT: LocalText = { zh: '%', en: '%' };
const HH = '（家庭户，长表抽样）';
const HH_EN = ' (family households, long-form sample)';

/** The indicators the issue asks for, in picker order. */
export const CENSUS_INDICATORS: readonly CensusIndicatorDef[] = [
  { id: 'tap_water_dwelling', file: 'housing', column: 'HOUS_SAMP_WATR', scale: 'fraction_to_percent', additive: false, name: { zh: '住房内有管道自来水', en: 'Piped tap water in the dwelling' }, definition: { zh: `住房内有管道自来水的家庭户占比${HH}`, en: `Share of households whose dwelling has piped tap water${HH_EN}` }, unit: 'percent', unitLabel: PCT, theme: 'water', polarity: 'higher_better', domain: [0, 100] },
  { id: 'toilet_dwelling', file: 'housing', column: 'HOUS_SAMP_WC', scale: 'fraction_to_percent', additive: false, name: { zh: '住房内有厕所', en: 'Toilet in the dwelling' }, definition: { zh: `住房内有厕所的家庭户占比${HH}`, en: `Share of households whose dwelling has a toilet${HH_EN}` }, unit: 'percent', unitLabel: PCT, theme: 'water', polarity: 'higher_better', domain: [0, 100] },
  { id: 'bathing_dwelling', file: 'housing', column: 'HOUS_SAMP_BATH', scale: 'fraction_to_percent', additive: false, name: { zh: '住房内有洗澡设施', en: 'Bathing facilities in the dwelling' }, definition: { zh: `住房内有洗澡设施的家庭户占比${HH}`, en: `Share of households whose dwelling has bathing facilities${HH_EN}` }, unit: 'percent', unitLabel: PCT, theme: 'water', polarity: 'higher_better', domain: [0, 100] },
  { id: 'kitchen_dwelling', file: 'housing', column: 'HOUS_SAMP_KTCH', scale: 'fraction_to_percent', additive: false, name: { zh: '住房内有厨房', en: 'Kitchen in the dwelling' }, definition: { zh: `住房内有厨房的家庭户占比${HH}`, en: `Share of households whose dwelling has a kitchen${HH_EN}` }, unit: 'percent', unitLabel: PCT, theme: 'other', polarity: 'higher_better', domain: [0, 100] },
  { id: 'rooms_per_household', file: 'housing', column: 'HOUS_ROOM', scale: 'as_is', additive: false, name: { zh: '平均每户住房间数', en: 'Rooms per household' }, definition: { zh: '家庭户平均每户住房间数', en: 'Average number of rooms per family household' }, unit: 'other', unitLabel: { zh: '间/户', en: 'rooms/household' }, theme: 'other', polarity: 'higher_better', domain: [0, 10] },
  { id: 'floor_area_per_person', file: 'housing', column: 'HOUS_SMPP', scale: 'as_is', additive: false, name: { zh: '人均住房建筑面积', en: 'Floor area per person' }, definition: { zh: '家庭户人均住房建筑面积', en: 'Housing floor area per person in family households' }, unit: 'other', unitLabel: { zh: '平方米/人', en: 'm²/person' }, theme: 'other', polarity: 'higher_better', domain: [0, 150] },
  { id: 'car_households', file: 'housing', column: 'HOUS_SAMP_HHVE', scale: 'fraction_to_percent', additive: false, name: { zh: '拥有家用汽车的家庭户', en: 'Households owning a car' }, definition: { zh: `拥有家用汽车的家庭户占比${HH}`, en: `Share of households owning a car${HH_EN}` }, unit: 'percent', unitLabel: PCT, theme: 'income', polarity: 'higher_better', domain: [0, 100] },
  { id: 'schooling_years', file: 'education', column: 'EDUC_AVGY', scale: 'as_is', additive: false, name: { zh: '平均受教育年限', en: 'Average years of schooling' }, definition: { zh: '6 岁及以上人口平均受教育年限', en: 'Average years of schooling of the population aged 6 and over' }, unit: 'other', unitLabel: { zh: '年', en: 'years' }, theme: 'education', polarity: 'higher_better', domain: [0, 16] },
  { id: 'illiteracy_15plus', file: 'education', column: 'EDUC_LITR', scale: 'fraction_to_percent', additive: false, name: { zh: '文盲率（15 岁及以上）', en: 'Illiteracy (aged 15+)' }, definition: { zh: '15 岁及以上人口中不识字者的比重', en: 'Share of the population aged 15 and over who cannot read' }, unit: 'percent', unitLabel: PCT, theme: 'education', polarity: 'lower_better', domain: [0, 100] },
  { id: 'aged_65_plus', file: 'ages', column: 'AGES_65P', scale: 'fraction_to_percent', additive: false, name: { zh: '65 岁及以上人口占比', en: 'Share aged 65+' }, definition: { zh: '65 岁及以上人口占常住人口的比重', en: 'Share of residents aged 65 and over' }, unit: 'percent', unitLabel: PCT, theme: 'population', polarity: 'neutral', domain: [0, 100] },
  { id: 'aged_0_14', file: 'ages', column: 'AGES_0-14', scale: 'fraction_to_percent', additive: false, name: { zh: '0–14 岁人口占比', en: 'Share aged 0–14' }, definition: { zh: '0–14 岁人口占常住人口的比重', en: 'Share of residents aged 0 to 14' }, unit: 'percent', unitLabel: PCT, theme: 'population', polarity: 'neutral', domain: [0, 100] },
  { id: 'urbanisation', file: 'population', column: 'POPU_URB', scale: 'fraction_to_percent', additive: false, name: { zh: '城镇化率', en: 'Urbanisation' }, definition: { zh: '城镇人口占常住人口的比重（按乡镇街道划分）', en: 'Urban residents as a share of all residents (township-level definition)' }, unit: 'percent', unitLabel: PCT, theme: 'population', polarity: 'neutral', domain: [0, 100] },
  { id: 'resident_population', file: 'population', column: 'POPU', scale: 'as_is', additive: true, name: { zh: '常住人口', en: 'Resident population' }, definition: { zh: '2020 年 11 月 1 日零时的常住人口', en: 'Residents at 00:00 on 1 November 2020' }, unit: 'persons', unitLabel: { zh: '人', en: 'persons' }, theme: 'population', polarity: 'neutral', domain: [0, 6_000_000] },
  { id: 'hukou_other_province', file: 'population', column: 'POPU_REG_O', scale: 'fraction_to_percent', additive: false, name: { zh: '户口在外省的常住人口占比', en: 'Residents with hukou in another province' }, definition: { zh: '户口登记地在外省的常住人口占比（劳动力流入的近似）', en: 'Share of residents whose hukou is registered in another province (a proxy of labour inflow)' }, unit: 'percent', unitLabel: PCT, theme: 'population', polarity: 'neutral', domain: [0, 100] },
  { id: 'household_size', file: 'households', column: 'HHLD_S', scale: 'as_is', additive: false, name: { zh: '平均家庭户规模', en: 'Average household size' }, definition: { zh: '家庭户平均每户人数', en: 'Average number of persons per family household' }, unit: 'other', unitLabel: { zh: '人/户', en: 'persons/household' }, theme: 'population', polarity: 'neutral', domain: [0, 10] },
];

/** Aggregation of an indicator from counties to prefectures and provinces. */
export function censusAggregation(def: CensusIndicatorDef): Aggregation {
  return def.additive ? { method: 'sum' } : { method: 'weighted_mean', weight: 'resident_population' };
}

/** Documented value errors: source cell, corrected value, reason. Checked, so a fixed source fails loudly. */
const VALUE_FIXES: readonly { code: string; column: string; from: number; to: number; reason: string }[] = [
  { code: '130203', column: 'HHLD_S', from: 225, to: 2.25, reason: 'HHLD_S = 225 for 路北区 is a slipped decimal point (the other 唐山 districts have 2.33–2.64); stored as 2.25' },
];

/** Documented name errors of the tables (names are not used for matching; the report shows the right ones). */
export const NAME_FIXES: readonly { code: string; from: string; to: string; where: string }[] = [
  { code: '653022', from: '阿图什市', to: '阿克陶县', where: 'all tables (653001 is 阿图什市)' },
  { code: '411326', from: '浙川县', to: '淅川县', where: 'all tables' },
  { code: '460302', from: '南沙区', to: '南沙群岛', where: 'ghsl.csv (not read); housing.csv has 南沙群岛' },
];

/** An unofficial code of a development zone or similar area (the tudigong XXYY7Z scheme). */
export function isSpecialAreaCode(code: string): boolean {
  return /^\d{4}7\d$/.test(code);
}

/** How one census row landed. */
export interface CensusRowMatch {
  code: string;
  name: string;
  status: 'exact' | 'changed' | 'merged' | 'split' | 'special_area' | 'unknown';
  adcodes: string[];
  approximate: boolean;
  note: string;
}

/** The census values per boundary county and the match report. */
export interface CensusBuild {
  /** Per indicator id: value per boundary county (index order), null = no value. */
  values: Map<string, (number | null)[]>;
  rows: CensusRowMatch[];
  /** Boundary counties whose values come from an approximate group. */
  approximateAdcodes: string[];
  corrections: { code: string; column: string; from: number; to: number; reason: string }[];
  /** Source cells that held a spreadsheet error (`#DIV/0!`) per file, for the README. */
  errorCells: Record<string, number>;
  blankRows: Record<string, number>;
}

function storedValue(x: number | null, scale: Scale): number | null {
  if (x === null) return null;
  // Round away binary noise only: sources have ≤ 5 decimals, so 6 decimals of percent keep every digit.
  return scale === 'fraction_to_percent' ? Math.round(x * 1e8) / 1e6 : Math.round(x * 1e6) / 1e6;
}

/** Builds the per-polygon census values from the CSV texts of CENSUS_FILES. */
export function buildCensus(texts: Record<CensusFile, string>, lookup: CountyLookup, counties: readonly string[]): CensusBuild {
  const tables = new Map<CensusFile, CsvTable>();
  const byCode = new Map<CensusFile, Map<string, Record<string, string>>>();
  const errorCells: Record<string, number> = {};
  const blankRows: Record<string, number> = {};
  for (const file of CENSUS_FILES) {
    const table = readCsvRows(texts[file], `${file}.csv`);
    for (const col of ['CODE', 'NAME', ...CENSUS_INDICATORS.filter((d) => d.file === file).map((d) => d.column)]) {
      if (!table.header.includes(col)) throw new Error(`${file}.csv: missing column ${col}`);
    }
    tables.set(file, table);
    blankRows[file] = table.blankRows;
    errorCells[file] = table.rows.reduce((n, r) => n + Object.values(r).filter((c) => c.startsWith('#')).length, 0);
    byCode.set(file, new Map(table.rows.map((r) => [r.CODE!, r])));
  }
  const units = tables.get('population')!.rows;
  for (const file of CENSUS_FILES) {
    const t = byCode.get(file)!;
    if (t.size !== units.length || units.some((u) => !t.has(u.CODE!))) throw new Error(`${file}.csv does not hold the same units as population.csv`);
  }

  // Raw (stored-unit) value per unit and indicator, with documented corrections.
  const corrections: CensusBuild['corrections'] = [];
  const raw = new Map<string, Map<string, number | null>>();
  for (const u of units) {
    const m = new Map<string, number | null>();
    for (const def of CENSUS_INDICATORS) {
      const cell = byCode.get(def.file)!.get(u.CODE!)![def.column];
      let x = cellNumber(cell, `${def.file}.csv ${u.CODE} ${def.column}`);
      const fix = VALUE_FIXES.find((f) => f.code === u.CODE && f.column === def.column);
      if (fix) {
        if (x !== fix.from) throw new Error(`${def.column} of ${u.CODE}: expected the documented error ${fix.from}, found ${x}`);
        corrections.push(fix);
        x = fix.to;
      }
      m.set(def.id, storedValue(x, def.scale));
    }
    // A unit without a resident population in the tables (金门县) has no figures: its zeros are placeholders.
    if (m.get('resident_population') === null) for (const id of m.keys()) m.set(id, null);
    raw.set(u.CODE!, m);
  }

  // Match each unit; special areas are never forced onto a county.
  const rows: CensusRowMatch[] = units.map((u) => {
    const code = u.CODE!;
    const name = NAME_FIXES.find((f) => f.code === code && f.from === u.NAME)?.to ?? u.NAME!;
    const r = lookup.resolveCode(code, 2020);
    if (r.adcodes.length === 0 && isSpecialAreaCode(code)) {
      return { code, name, status: 'special_area', adcodes: [], approximate: false, note: 'development zone or similar special area with an unofficial XXYY7Z code (not GB/T 2260): its territory lies inside one or more counties whose own rows already count it' };
    }
    if (r.adcodes.length === 0) return { code, name, status: 'unknown', adcodes: [], approximate: false, note: r.reason ?? 'no boundary unit' };
    return { code, name, status: r.status as CensusRowMatch['status'], adcodes: r.adcodes, approximate: r.approximate, note: r.note ?? '' };
  });

  // Groups of units and polygons linked by a match (union–find over polygon ids).
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    let p = parent.get(a) ?? a;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(a, p);
    return p;
  };
  for (const row of rows) for (const a of row.adcodes.slice(1)) parent.set(find(a), find(row.adcodes[0]!));
  const groups = new Map<string, { units: CensusRowMatch[]; polygons: Set<string> }>();
  for (const row of rows) {
    if (row.adcodes.length === 0) continue;
    const key = find(row.adcodes[0]!);
    const g = groups.get(key) ?? { units: [], polygons: new Set<string>() };
    g.units.push(row);
    row.adcodes.forEach((a) => g.polygons.add(a));
    groups.set(key, g);
  }

  const position = new Map(counties.map((a, i) => [a, i]));
  const values = new Map(CENSUS_INDICATORS.map((d) => [d.id, new Array<number | null>(counties.length).fill(null)]));
  const approximate = new Set<string>();
  for (const g of groups.values()) {
    const oneToOne = g.units.length === 1 && g.polygons.size === 1;
    const flagged = !oneToOne || g.units.some((u) => u.approximate);
    if (flagged) {
      g.polygons.forEach((a) => approximate.add(a));
      g.units.forEach((u) => (u.approximate = true));
    }
    for (const def of CENSUS_INDICATORS) {
      let v: number | null;
      const xs = g.units.map((u) => raw.get(u.code)!.get(def.id) ?? null);
      if (oneToOne) v = xs[0] ?? null;
      else if (def.additive) v = g.polygons.size === 1 && xs.every((x) => x !== null) ? xs.reduce<number>((s, x) => s + x!, 0) : null;
      else {
        let sw = 0;
        let s = 0;
        g.units.forEach((u, k) => {
          const w = raw.get(u.code)!.get('resident_population') ?? null;
          if (xs[k] !== null && w !== null && w > 0) {
            sw += w;
            s += w * xs[k]!;
          }
        });
        v = sw > 0 ? Math.round((s / sw) * 1e4) / 1e4 : null;
      }
      for (const a of g.polygons) {
        const i = position.get(a);
        if (i !== undefined) values.get(def.id)![i] = v;
      }
    }
  }
  return { values, rows, approximateAdcodes: [...approximate].sort(), corrections, errorCells, blankRows };
}

/** Counts of the match report. */
export interface CensusMatchSummary {
  rows: number;
  specialAreas: number;
  standardRows: number;
  standardMatched: number;
  unmatched: CensusRowMatch[];
  approximateRows: number;
  matchRate: number;
}

/** Summarises the report: the share of standard (non-special-area) rows that landed on a county. */
export function summariseCensusMatch(rows: readonly CensusRowMatch[]): CensusMatchSummary {
  const specialAreas = rows.filter((r) => r.status === 'special_area').length;
  const standard = rows.filter((r) => r.status !== 'special_area');
  const matched = standard.filter((r) => r.adcodes.length > 0).length;
  return {
    rows: rows.length,
    specialAreas,
    standardRows: standard.length,
    standardMatched: matched,
    unmatched: rows.filter((r) => r.adcodes.length === 0),
    approximateRows: rows.filter((r) => r.approximate).length,
    matchRate: standard.length > 0 ? matched / standard.length : 0,
  };
}
