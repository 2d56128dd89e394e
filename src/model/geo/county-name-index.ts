/**
 * The county name index behind matchName: official names, short names, abbreviations and the old or new names
 * of the change list (aliases), each pointing at the boundary counties it stands for.
 */
import type { AdcodeChangeList } from './adcode-change';
import type { AdcodeResolver } from './adcode-resolver';
import type { County } from './county';
import { countyAbbreviations, editDistance, normalizeName, shortCountyName } from './name-normalize';

/** One way of naming one unit: official or alias, with the boundary counties it lands on. */
export interface NameEntry {
  /** The name as written in the boundary set or the change list. */
  name: string;
  adcodes: string[];
  province: string;
  prefecture: string;
  kind: 'official' | 'alias';
  /** For an alias that is a newer name: the year it came into use (the data year decides against an official name). */
  sinceYear?: number;
  approximate: boolean;
}

/** The indexed names: key (normalised full or short form) → entries. */
export class CountyNameIndex {
  private readonly byKey = new Map<string, NameEntry[]>();
  private byChar: Map<string, string[]> | undefined;
  /** Aliases per county, for search and display. */
  readonly aliasesByAdcode = new Map<string, string[]>();

  constructor(
    counties: readonly County[],
    list: AdcodeChangeList,
    resolver: AdcodeResolver,
    private readonly countyOf: (adcode: string) => County | undefined,
  ) {
    for (const c of counties) {
      const entry: NameEntry = {
        name: c.name,
        adcodes: [c.adcode],
        province: c.province,
        prefecture: c.prefecture,
        kind: 'official',
        approximate: false,
      };
      this.addKeys(c.name, entry);
    }
    this.addAliases(list, resolver);
  }

  /** Entries indexed under the normalised name `key` (a full, short or abbreviated form). */
  lookup(key: string): readonly NameEntry[] {
    return this.byKey.get(key) ?? [];
  }

  /** Up to `k` entries whose names are within a small edit distance of `key`, closest first. */
  suggest(key: string, k: number, accept: (e: NameEntry) => boolean): NameEntry[] {
    const max = key.length <= 3 ? 1 : 2;
    const scored: { d: number; e: NameEntry }[] = [];
    const seen = new Set<NameEntry>();
    for (const candidate of this.keysSharingAChar(key)) {
      const entries = this.byKey.get(candidate) ?? [];
      const d = editDistance(key, candidate, max);
      if (d > max) continue;
      for (const e of entries) {
        if (seen.has(e) || !accept(e)) continue;
        seen.add(e);
        scored.push({ d, e });
      }
    }
    scored.sort((a, b) => a.d - b.d || a.e.name.length - b.e.name.length || a.e.name.localeCompare(b.e.name));
    return scored.slice(0, k).map((s) => s.e);
  }

  /** Keys sharing at least one stem character with `key` (a suggestion needs one); the index is built lazily. */
  private keysSharingAChar(key: string): Set<string> {
    if (!this.byChar) {
      this.byChar = new Map();
      for (const k of this.byKey.keys()) {
        for (const ch of new Set(k)) {
          const list = this.byChar.get(ch);
          if (list) list.push(k);
          else this.byChar.set(ch, [k]);
        }
      }
    }
    const out = new Set<string>();
    for (const ch of new Set(shortCountyName(key))) for (const k of this.byChar.get(ch) ?? []) out.add(k);
    return out;
  }

  private addKeys(rawName: string, entry: NameEntry): void {
    const full = normalizeName(rawName);
    const keys = new Set([full, shortCountyName(full), ...countyAbbreviations(full)]);
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [entry]);
      else if (!list.some((e) => sameTarget(e, entry))) list.push(entry);
    }
  }

  private addAliases(list: AdcodeChangeList, resolver: AdcodeResolver): void {
    for (const alias of list.aliases ?? []) {
      const first = alias.adcodes[0] === undefined ? undefined : this.countyOf(alias.adcodes[0]);
      if (!first) continue;
      const entry: NameEntry = {
        name: alias.name,
        adcodes: alias.adcodes,
        province: first.province,
        prefecture: first.prefecture,
        kind: 'alias',
        approximate: alias.approximate,
      };
      this.addKeys(alias.name, entry);
      this.noteAlias(alias.name, alias.adcodes);
    }
    for (const change of list.changes) {
      const year = Number.parseInt(change.date.slice(0, 4), 10);
      const sides = [
        { units: change.from, sinceYear: undefined },
        { units: change.to, sinceYear: year },
      ];
      for (const { units, sinceYear } of sides) {
        for (const unit of units) {
          if (this.countyOf(unit.code)?.name === unit.name) continue;
          // A newer name is resolved as of its year, so a reused code (232701 漠河市) lands on the right polygon.
          const r = resolver.resolve(unit.code, sinceYear);
          const first = r.adcodes[0] === undefined ? undefined : this.countyOf(r.adcodes[0]);
          if (!first) continue;
          const entry: NameEntry = {
            name: unit.name,
            adcodes: r.adcodes,
            province: first.province,
            prefecture: first.prefecture,
            kind: 'alias',
            approximate: r.approximate,
          };
          if (sinceYear !== undefined && year > Number.parseInt(list.boundaryVintage, 10)) entry.sinceYear = sinceYear;
          this.addKeys(unit.name, entry);
          this.noteAlias(unit.name, r.adcodes);
        }
      }
    }
  }

  private noteAlias(name: string, adcodes: readonly string[]): void {
    for (const a of adcodes) {
      const names = this.aliasesByAdcode.get(a) ?? [];
      if (!names.includes(name)) names.push(name);
      this.aliasesByAdcode.set(a, names);
    }
  }
}

function sameTarget(a: NameEntry, b: NameEntry): boolean {
  return a.kind === b.kind && a.adcodes.join() === b.adcodes.join();
}

/**
 * Narrows the entries of one name to one target: duplicate targets collapse; a newer-name alias wins over an
 * official name only when the data year is at or after its change; otherwise official names win over aliases.
 */
export function pickEntries(entries: readonly NameEntry[], year?: number): readonly NameEntry[] {
  if (entries.length <= 1) return entries;
  const unique: NameEntry[] = [];
  for (const e of entries) if (!unique.some((u) => u.adcodes.join() === e.adcodes.join())) unique.push(e);
  if (unique.length <= 1) return unique;
  const newer = unique.filter((e) => e.sinceYear !== undefined && year !== undefined && e.sinceYear <= year);
  if (newer.length > 0) return newer;
  const active = unique.filter((e) => e.sinceYear === undefined || (year !== undefined && e.sinceYear <= year));
  const official = active.filter((e) => e.kind === 'official');
  if (official.length > 0) return official;
  return active.length > 0 ? active : unique;
}
