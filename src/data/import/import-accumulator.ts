/**
 * Collects matched values by indicator, year and county while rows stream past, and validates as it goes:
 * duplicate counties, values out of range for their unit, unreadable values and years outside the data.
 * Memory grows with counties × years × indicators, never with the number of rows.
 */
import { unitRange } from './guess-unit';
import type { ColumnSpec, ValueUnitGuess } from './import-types';

/** One validation finding, tied to an input row. */
export interface ValidationIssue {
  kind: 'duplicate' | 'out_of_range' | 'not_a_number' | 'bad_year' | 'year_outside';
  line: number;
  sheet: string | null;
  /** Column header, when the finding is about one cell. */
  column?: string;
  /** Plain-text detail (values are shown as text, never as markup). */
  detail: string;
}

/** Values collected for one indicator (a year-less column collects under year null). */
export interface CollectedIndicator {
  key: string;
  name: string;
  header: string;
  unit: ValueUnitGuess;
  fractionShare: boolean;
  scale: number;
  /** year (null: none) → county id → value. */
  byYear: Map<number | null, Map<string, number>>;
}

/** Text values collected for one category column. */
export interface CollectedCategory {
  key: string;
  name: string;
  values: Map<string, string>;
}

/** Issues kept in full; beyond this only the counts grow. */
const MAX_ISSUES = 2000;

/** The running state of one import across all its tables. */
export class ImportAccumulator {
  readonly indicators = new Map<string, CollectedIndicator>();
  readonly categories = new Map<string, CollectedCategory>();
  readonly issues: ValidationIssue[] = [];
  readonly issueCounts: Record<ValidationIssue['kind'], number> = {
    duplicate: 0,
    out_of_range: 0,
    not_a_number: 0,
    bad_year: 0,
    year_outside: 0,
  };
  /** sheet → year (NaN: none) → county → first line; nested maps avoid a key string per row. */
  private readonly seen = new Map<string | null, Map<number, Map<string, number>>>();

  constructor(private readonly yearRange: [number, number]) {}

  /** Records an issue (counted always, kept up to a cap). */
  report(issue: ValidationIssue): void {
    this.issueCounts[issue.kind] += 1;
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }

  /** Checks whether (county, year) was already seen in this table; returns the first line when it was. */
  claim(sheet: string | null, adcode: string, year: number | null, line: number): number | null {
    let bySheet = this.seen.get(sheet);
    if (!bySheet) {
      bySheet = new Map();
      this.seen.set(sheet, bySheet);
    }
    const y = year ?? Number.NaN;
    let byCounty = bySheet.get(y);
    if (!byCounty) {
      byCounty = new Map();
      bySheet.set(y, byCounty);
    }
    const first = byCounty.get(adcode);
    if (first !== undefined) return first;
    byCounty.set(adcode, line);
    return null;
  }

  /** True when a year lies within the range the data should cover. */
  yearInRange(year: number): boolean {
    return year >= this.yearRange[0] && year <= this.yearRange[1];
  }

  /**
   * Adds one value of a value column for the counties a row landed on; a cell written as a percentage is
   * already in percent and is not scaled. Returns false when the value is out of range for the unit.
   */
  addValue(spec: ColumnSpec, year: number | null, adcodes: readonly string[], raw: number, writtenAsPercent = false): boolean {
    const name = spec.indicator ?? spec.header;
    const unit = spec.unit ?? 'other';
    const key = `${name}\u0001${unit}\u0001${year === null ? 'static' : 'yearly'}`;
    let ind = this.indicators.get(key);
    if (!ind) {
      ind = {
        key,
        name,
        header: spec.header,
        unit,
        fractionShare: spec.fractionShare === true,
        scale: spec.scale ?? 1,
        byYear: new Map(),
      };
      this.indicators.set(key, ind);
    }
    const value = !writtenAsPercent && spec.scale !== undefined && spec.scale !== 1 ? Number((raw * spec.scale).toPrecision(12)) : raw;
    let byCounty = ind.byYear.get(year);
    if (!byCounty) {
      byCounty = new Map();
      ind.byYear.set(year, byCounty);
    }
    for (const a of adcodes) if (!byCounty.has(a)) byCounty.set(a, value);
    const range = unitRange(unit);
    return range === null || (value >= range[0] && value <= range[1]);
  }

  /** Adds a category value for the counties a row landed on (first value wins). */
  addCategory(spec: ColumnSpec, adcodes: readonly string[], text: string): void {
    const key = spec.header;
    let cat = this.categories.get(key);
    if (!cat) {
      cat = { key, name: spec.header, values: new Map() };
      this.categories.set(key, cat);
    }
    for (const a of adcodes) if (!cat.values.has(a)) cat.values.set(a, text);
  }
}
