/**
 * The 832 national poverty counties and their exit years, read from the compilation in
 * ../shared/data/poverty_counties/poverty_county_list.csv, corrected where SOURCES.md documents an error, placed on
 * our 2016 boundary units through the change list, and checked against the official totals. Pure: text in, rows out.
 */
import type { CountyLookup } from '../../src/model/geo/county-lookup';
import type { Region } from '../../src/model/rules/rule';
import { readCsvRows } from './csv-rows';

/** Official batch sizes (State Council / provincial announcements): exits per year. */
export const OFFICIAL_EXIT_BATCHES: Readonly<Record<number, number>> = { 2016: 28, 2017: 125, 2018: 283, 2019: 344, 2020: 52 };

/** Official number of poverty counties per province (as SOURCES.md lists the target). */
export const OFFICIAL_PROVINCE_TOTALS: Readonly<Record<string, number>> = {
  河北: 45, 山西: 36, 内蒙古: 31, 吉林: 8, 黑龙江: 20, 安徽: 20, 江西: 24, 河南: 38, 湖北: 28, 湖南: 40, 广西: 33,
  海南: 5, 重庆: 14, 四川: 66, 贵州: 66, 云南: 88, 西藏: 74, 陕西: 56, 甘肃: 58, 青海: 42, 宁夏: 8, 新疆: 32,
};

/** Total count of national poverty counties. */
export const OFFICIAL_COUNTY_TOTAL = 832;

/** A correction applied to one row of the compilation, with the reason (shown in the dataset README). */
export interface FactCorrection {
  code: string;
  name: string;
  field: 'exit_year' | 'code';
  from: string;
  to: string;
  reason: string;
}

/** Exit-year corrections: the compilation's value, the official one, why. */
const EXIT_YEAR_FIXES: readonly { code: string; name: string; from: number; to: number; reason: string }[] = [
  { code: '532322', name: '双柏县', from: 2019, to: 2018, reason: 'the official 2018 exit batch and the companion table 全国832个国家贫困县历年摘帽名单.xlsx both list 双柏县 in 2018 (../shared/data/SOURCES.md); the compilation\'s 2019 is the only disagreement between the two files' },
];

/** Code corrections applied before the change list: codes that are not county codes at all. */
const CODE_FIXES: readonly { code: string; name: string; to: string; reason: string; placeOnly?: true }[] = [
  { code: '532600', name: '文山市', to: '532601', reason: '532600 is the prefecture code of 文山壮族苗族自治州; 文山市 is 532601' },
  { code: '622900', name: '临夏市', to: '622901', reason: '622900 is the prefecture code of 临夏回族自治州; 临夏市 is 622901' },
  {
    code: '630104', name: '冷湖行委', to: '632825', placeOnly: true,
    reason: '630104 is 西宁市城西区; 冷湖 has no official code, so it is placed (not recoded) on the polygon it lies in: 海西州直辖 (632825), the one 2016 boundary unit covering 冷湖, 茫崖 and 大柴旦 (冷湖 and 茫崖 merged into 茫崖市 632803 in 2018)',
  },
];

/** One row of the list, corrected and placed on the boundary. */
export interface PovertyCountyFact {
  /** The code as the compilation has it. */
  listedCode: string;
  /** The code after the corrections above (still the list's vintage); '' for a unit without an official code (冷湖). */
  code: string;
  name: string;
  province: string;
  prefecture: string;
  region: Region;
  exitYear: number;
  /** Boundary counties (2016 polygons) the county lands on. */
  adcodes: string[];
  /** How it was placed: exact code, through the change list, or by a documented correction. */
  placement: string;
  /** The unit and the polygon do not cover the same territory. */
  approximate: boolean;
}

/** The checked list with what was corrected. */
export interface PovertyFacts {
  facts: PovertyCountyFact[];
  corrections: FactCorrection[];
  exitBatches: Record<number, number>;
  provinceTotals: Record<string, number>;
}

const REGIONS: Record<string, Region> = { 东部: 'east', 中部: 'central', 西部: 'west' };

/** "130631.0" → "130631" (the CSV export writes codes and years as floats). */
function integerCell(cell: string | undefined, where: string): string {
  const s = (cell ?? '').trim().replace(/\.0+$/, '');
  if (!/^\d+$/.test(s)) throw new Error(`${where}: expected an integer, got ${JSON.stringify(cell)}`);
  return s;
}

/** Short province name as the totals use it (河北省 → 河北, 广西壮族自治区 → 广西). */
export function shortProvince(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
}

/** Reads, corrects, places and checks the list; throws with every failed check listed. */
export function buildPovertyFacts(csvText: string, lookup: CountyLookup): PovertyFacts {
  const table = readCsvRows(csvText, 'poverty_county_list.csv');
  for (const col of ['行政区划代码', '县域名称', '所属地域', '所属省份', '所属城市', '摘帽时间']) {
    if (!table.header.includes(col)) throw new Error(`poverty_county_list.csv: missing column ${col}`);
  }
  const corrections: FactCorrection[] = [];
  const problems: string[] = [];
  const facts = table.rows.map((row, i): PovertyCountyFact => {
    const where = `poverty_county_list.csv row ${i + 2}`;
    const listedCode = integerCell(row['行政区划代码'], `${where} 行政区划代码`).padStart(6, '0');
    const name = row['县域名称']!;
    let exitYear = Number(integerCell(row['摘帽时间'], `${where} 摘帽时间`));
    const region = REGIONS[row['所属地域']!];
    if (!region) throw new Error(`${where}: unknown region ${row['所属地域']}`);
    const yearFix = EXIT_YEAR_FIXES.find((f) => f.code === listedCode && f.name === name);
    if (yearFix) {
      if (exitYear !== yearFix.from) problems.push(`${name} ${listedCode}: expected the documented wrong exit year ${yearFix.from}, found ${exitYear}`);
      corrections.push({ code: listedCode, name, field: 'exit_year', from: String(exitYear), to: String(yearFix.to), reason: yearFix.reason });
      exitYear = yearFix.to;
    }
    const codeFix = CODE_FIXES.find((f) => f.code === listedCode && f.name === name);
    const code = codeFix?.placeOnly ? '' : (codeFix?.to ?? listedCode);
    const target = codeFix?.to ?? listedCode;
    if (codeFix) corrections.push({ code: listedCode, name, field: 'code', from: listedCode, to: codeFix.placeOnly ? `none (placed on ${target})` : target, reason: codeFix.reason });
    const resolution = lookup.resolveCode(target, 2014);
    if (resolution.adcodes.length === 0) problems.push(`${name} ${code}: lands on no boundary unit (${resolution.reason ?? resolution.status})`);
    const placement = codeFix
      ? codeFix.placeOnly ? `no official code; placed on ${target}` : `corrected code ${listedCode} → ${target}`
      : resolution.status === 'exact'
        ? 'exact code'
        : `change list (${resolution.status}): ${resolution.note ?? ''}`;
    return {
      listedCode, code, name,
      province: row['所属省份']!,
      prefecture: row['所属城市']!,
      region, exitYear,
      adcodes: resolution.adcodes,
      placement,
      approximate: resolution.approximate,
    };
  });
  for (const fix of [...EXIT_YEAR_FIXES, ...CODE_FIXES]) {
    if (!table.rows.some((r) => integerCell(r['行政区划代码'], 'code').padStart(6, '0') === fix.code && r['县域名称'] === fix.name)) {
      problems.push(`documented correction for ${fix.name} ${fix.code} matches no row: has the source changed?`);
    }
  }

  const exitBatches: Record<number, number> = {};
  const provinceTotals: Record<string, number> = {};
  for (const f of facts) {
    exitBatches[f.exitYear] = (exitBatches[f.exitYear] ?? 0) + 1;
    const p = shortProvince(f.province);
    provinceTotals[p] = (provinceTotals[p] ?? 0) + 1;
    const polygonProvinces = new Set(f.adcodes.map((a) => lookup.get(a)?.province.slice(0, 2)));
    if (f.adcodes.length > 0 && !(polygonProvinces.size === 1 && polygonProvinces.has(f.listedCode.slice(0, 2)))) {
      problems.push(`${f.name} ${f.listedCode}: lands on ${f.adcodes.join('+')} in another province`);
    }
  }
  if (facts.length !== OFFICIAL_COUNTY_TOTAL) problems.push(`${facts.length} counties, expected ${OFFICIAL_COUNTY_TOTAL}`);
  const coded = facts.filter((f) => f.code !== '');
  const codes = new Set(coded.map((f) => f.code));
  if (codes.size !== coded.length) problems.push(`${coded.length - codes.size} duplicate codes after correction`);
  for (const [year, n] of Object.entries(OFFICIAL_EXIT_BATCHES)) {
    if (exitBatches[Number(year)] !== n) problems.push(`exit batch ${year}: ${exitBatches[Number(year)] ?? 0}, official ${n}`);
  }
  for (const year of Object.keys(exitBatches)) {
    if (!(year in OFFICIAL_EXIT_BATCHES)) problems.push(`exit year ${year} outside 2016–2020`);
  }
  for (const [province, n] of Object.entries(OFFICIAL_PROVINCE_TOTALS)) {
    if (provinceTotals[province] !== n) problems.push(`${province}: ${provinceTotals[province] ?? 0} counties, official ${n}`);
  }
  for (const province of Object.keys(provinceTotals)) {
    if (!(province in OFFICIAL_PROVINCE_TOTALS)) problems.push(`unexpected province ${province}`);
  }
  if (problems.length > 0) throw new Error(`The poverty-county list fails its checks:\n- ${problems.join('\n- ')}`);
  return { facts, corrections, exitBatches, provinceTotals };
}

/** Per boundary county: its exit year (a polygon holding several listed units takes their latest year). */
export function exitYearByAdcode(facts: readonly PovertyCountyFact[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of facts) for (const a of f.adcodes) out.set(a, Math.max(out.get(a) ?? 0, f.exitYear));
  return out;
}
