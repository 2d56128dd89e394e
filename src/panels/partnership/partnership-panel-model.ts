/**
 * What the partnership panel lists, from the loaded pairings and flows: filter options (eastern partners, western
 * provinces), the pairing rows with the chosen measure's figure, the source of a structure, and value formatting.
 */
import type { Lang, PartnershipView } from '../../model/view/view-state';
import type { Pairing, PairingSource, PairingsJson, PartnershipStructure } from '../../model/partnership/pairings';
import type { MeasureMeta } from '../../model/partnership/measures';
import { formatNumber, localText } from '../../i18n/translate';

/** The province adcode of any 6-digit adcode. */
export function provinceOf(adcode: string): string {
  return `${adcode.slice(0, 2)}0000`;
}

/** A choice in the eastern-partner filter: a province, or a city paired on its own. */
export interface EastOption {
  adcode: string;
  label: string;
  level: Pairing['east']['level'];
}

/** The eastern partners of a structure: provinces first, then cities under their province (adcode order). */
export function eastPartnerOptions(pairs: readonly Pairing[], structure: PartnershipStructure, provinceName: (adcode: string) => string | undefined): EastOption[] {
  const out = new Map<string, EastOption>();
  for (const p of pairs) {
    if (p.structure !== structure) continue;
    const province = provinceOf(p.east.adcode);
    if (!out.has(province)) {
      const label = p.east.level === 'province' ? p.east.short : (provinceName(province) ?? province);
      out.set(province, { adcode: province, label, level: 'province' });
    }
    if (p.east.level === 'prefecture' && !out.has(p.east.adcode)) out.set(p.east.adcode, { adcode: p.east.adcode, label: p.east.short, level: 'prefecture' });
  }
  return [...out.values()].sort((a, b) => a.adcode.localeCompare(b.adcode));
}

/** A choice in the western-province filter. */
export interface WestOption {
  adcode: string;
  label: string;
}

/** The western provinces of a structure (a prefecture's province counts), in adcode order. */
export function westProvinceOptions(pairs: readonly Pairing[], structure: PartnershipStructure, provinceName: (adcode: string) => string | undefined): WestOption[] {
  const out = new Map<string, WestOption>();
  for (const p of pairs) {
    if (p.structure !== structure) continue;
    const province = provinceOf(p.west.adcode);
    if (out.has(province)) continue;
    out.set(province, { adcode: province, label: p.west.level === 'province' ? p.west.short : (provinceName(province) ?? province) });
  }
  return [...out.values()].sort((a, b) => a.adcode.localeCompare(b.adcode));
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
  if (view.westProvinceFilter && provinceOf(pair.west.adcode) !== view.westProvinceFilter) return false;
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
    westProvinceFilter: west && inNew.some((p) => provinceOf(p.west.adcode) === west) ? west : null,
    pair: same ? same.id : null,
  };
}
