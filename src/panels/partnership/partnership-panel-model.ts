/**
 * What the partnership panel lists, from the loaded pairings and flows: filter options (eastern partners, western
 * provinces), the pairing rows with the chosen measure's figure, the source of a structure, and value formatting.
 */
import type { Lang, PartnershipView } from '../../model/view/view-state';
import type { Pairing, PairingSource, PairingsJson, PartnershipStructure } from '../../model/partnership/pairings';
import type { MeasureMeta } from '../../model/partnership/measures';
import { formatNumber, localText } from '../../i18n/translate';
import { WEST_PROVINCE_PREFIXES } from '../../model/geo/region';

/** The province adcode of any 6-digit adcode. */
export function provinceOf(adcode: string): string {
  return `${adcode.slice(0, 2)}0000`;
}

/** Names a province or prefecture by its full name (in the place-name mode of the interface). */
export type PartnerName = (adcode: string, level: 'province' | 'prefecture') => string | undefined;

/** A choice in the eastern- or western-partner filter: a province, or a city / prefecture paired on its own. */
export interface PartnerOption {
  adcode: string;
  /** Full name (四川省, 恩施土家族苗族自治州): the filters never mix short and full names. */
  label: string;
  level: Pairing['east']['level'];
}

/** A choice in the eastern-partner filter. */
export type EastOption = PartnerOption;

/** The eastern partners of a structure: provinces first, then cities under their province (adcode order). */
export function eastPartnerOptions(pairs: readonly Pairing[], structure: PartnershipStructure, nameOf: PartnerName): EastOption[] {
  const out = new Map<string, EastOption>();
  for (const p of pairs) {
    if (p.structure !== structure) continue;
    const province = provinceOf(p.east.adcode);
    if (!out.has(province)) {
      const label = nameOf(province, 'province') ?? (p.east.level === 'province' ? p.east.name : province);
      out.set(province, { adcode: province, label, level: 'province' });
    }
    if (p.east.level === 'prefecture' && !out.has(p.east.adcode)) {
      out.set(p.east.adcode, { adcode: p.east.adcode, label: nameOf(p.east.adcode, 'prefecture') ?? p.east.name, level: 'prefecture' });
    }
  }
  return [...out.values()].sort((a, b) => a.adcode.localeCompare(b.adcode));
}

/**
 * The provinces of the western region (西部大开发: 12 provinces and autonomous regions). The 2016 structure also
 * pairs prefectures outside them (河北 张家口, 吉林 延边, 湖北 恩施, 湖南 湘西): those are western partners on their
 * own, their provinces are not.
 */
export const WESTERN_PROVINCES: ReadonlySet<string> = new Set(WEST_PROVINCE_PREFIXES.map((p) => `${p}0000`));

/** A choice in the western-partner filter (kept in `westProvinceFilter`, which holds a province or a prefecture). */
export type WestOption = PartnerOption;

/**
 * The western partners of a structure: the western provinces with a pairing (whole or through their prefectures),
 * then every prefecture paired on its own, each in adcode order, by full name.
 */
export function westPartnerOptions(pairs: readonly Pairing[], structure: PartnershipStructure, nameOf: PartnerName): WestOption[] {
  const provinces = new Map<string, WestOption>();
  const prefectures = new Map<string, WestOption>();
  for (const p of pairs) {
    if (p.structure !== structure) continue;
    const province = provinceOf(p.west.adcode);
    if (WESTERN_PROVINCES.has(province) && !provinces.has(province)) {
      const label = nameOf(province, 'province') ?? (p.west.level === 'province' ? p.west.name : province);
      provinces.set(province, { adcode: province, label, level: 'province' });
    }
    if (p.west.level === 'prefecture' && !prefectures.has(p.west.adcode)) {
      prefectures.set(p.west.adcode, { adcode: p.west.adcode, label: nameOf(p.west.adcode, 'prefecture') ?? p.west.name, level: 'prefecture' });
    }
  }
  const byCode = (a: WestOption, b: WestOption) => a.adcode.localeCompare(b.adcode);
  return [...[...provinces.values()].sort(byCode), ...[...prefectures.values()].sort(byCode)];
}

/** Whether a western end passes the western-partner filter (a province matches its prefectures too). */
export function westPasses(westAdcode: string, filter: string | null): boolean {
  return !filter || westAdcode === filter || (filter.endsWith('0000') && provinceOf(westAdcode) === filter);
}

/** How a pairing reads in a list: 浙江 → 四川, 杭州 → 恩施州. */
export function pairLabel(pair: Pick<Pairing, 'east' | 'west'>): string {
  return `${pair.east.short} → ${pair.west.short}`;
}

/** Whether a pairing passes the panel's filters (eastern partner, western province, level). */
export function pairPasses(pair: Pairing, view: Pick<PartnershipView, 'structure' | 'eastFilter' | 'westProvinceFilter' | 'level'>): boolean {
  if (pair.structure !== view.structure) return false;
  const east = view.eastFilter;
  if (east && pair.east.adcode !== east && provinceOf(pair.east.adcode) !== east) return false;
  if (!westPasses(pair.west.adcode, view.westProvinceFilter)) return false;
  if (view.level === 'province' || view.level === 'prefecture') return pair.level === view.level;
  return true;
}

/** One row of the pairing list. */
export interface PairRow {
  pair: Pairing;
  label: string;
  value: number | null;
}

/** The pairings that pass the filters with their figure, largest first (missing figures last, then file order). */
export function pairRows(
  pairs: readonly Pairing[],
  view: Pick<PartnershipView, 'structure' | 'eastFilter' | 'westProvinceFilter' | 'level'>,
  valueOf: (pairId: string) => number | null,
): PairRow[] {
  const rows = pairs.filter((p) => pairPasses(p, view)).map((pair) => ({ pair, label: pairLabel(pair), value: valueOf(pair.id) }));
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (b.row.value ?? -Infinity) - (a.row.value ?? -Infinity) || a.i - b.i)
    .map(({ row }) => row);
}

/** The source document of a structure. */
export function sourceOfStructure(pairings: PairingsJson, structure: PartnershipStructure): PairingSource | undefined {
  return pairings.sources.find((s) => s.structure === structure);
}

/** Decimals a unit is shown with. */
function digitsOf(unit: MeasureMeta['unit']): number {
  return unit === 'yi_yuan' || unit === 'percent' || unit === 'ratio' ? 1 : 0;
}

/** A measure's value with its unit, e.g. "12,345 万元"; "—" when missing. */
export function formatMeasureValue(lang: Lang, value: number | null, measure: Pick<MeasureMeta, 'unit' | 'unitLabel'>): string {
  if (value === null) return '—';
  const unit = localText(lang, measure.unitLabel);
  const number = formatNumber(lang, value, digitsOf(measure.unit));
  if (!unit) return number;
  return lang === 'en' ? `${number} ${unit}` : `${number}${unit}`;
}

/**
 * A measure as the measure picker lists it: name, unit, and for a measure that flows west to east (labour) a plain
 * marker word instead of a bare arrow, e.g. "劳务输出（人次）· 西部→东部".
 */
export function measureOptionLabel(lang: Lang, measure: Pick<MeasureMeta, 'name' | 'unitLabel' | 'direction'>, reverseMarker: string): string {
  const unit = localText(lang, measure.unitLabel);
  const name = localText(lang, measure.name);
  const base = unit ? (lang === 'en' ? `${name} (${unit})` : `${name}（${unit}）`) : name;
  return measure.direction === 'west_to_east' ? `${base} · ${reverseMarker}` : base;
}

/**
 * The view change of switching structure: filters that still name a partner of the new structure stay, the open
 * scorecard follows the same relationship (浙江→四川 exists in both) or closes.
 */
export function structureSwitchPatch(
  pairs: readonly Pairing[],
  view: Pick<PartnershipView, 'eastFilter' | 'westProvinceFilter' | 'pair'>,
  structure: PartnershipStructure,
): Partial<PartnershipView> {
  const inNew = pairs.filter((p) => p.structure === structure);
  const east = view.eastFilter;
  const west = view.westProvinceFilter;
  const current = view.pair ? pairs.find((p) => p.id === view.pair) : undefined;
  const same = current && inNew.find((p) => p.east.adcode === current.east.adcode && p.west.adcode === current.west.adcode);
  return {
    structure,
    eastFilter: east && inNew.some((p) => p.east.adcode === east || provinceOf(p.east.adcode) === east) ? east : null,
    westProvinceFilter: west && inNew.some((p) => westPasses(p.west.adcode, west)) ? west : null,
    pair: same ? same.id : null,
  };
}

/**
 * A view patch with the selected county pair cleared when the patch changes what the list holds (structure, a
 * filter or the level), so a highlight never outlives the row it came from.
 */
export function clearingCountyPair(patch: Partial<PartnershipView>): Partial<PartnershipView> {
  const changesRows = (['structure', 'eastFilter', 'westProvinceFilter', 'level'] as const).some((k) => k in patch);
  return changesRows && !('countyPair' in patch) ? { ...patch, countyPair: null } : patch;
}
