/**
 * The SAMPLE fund-flow long table (示例数据): seeded, deterministic allocations per (source, programme, county,
 * year) for the real 832 national poverty counties, 2020–2025, in the catalogue's ids (src/model/funds/).
 * Amounts are invented; only the county list is a fact. Each county has its own stream, so one county's figures
 * never shift when another changes. Integer yuan, so the table balances to the yuan by construction.
 */
import { FUND_PROGRAMMES, INDUSTRY_PROGRAMME_ID, type FundProgramme } from '../../src/model/funds/fund-catalogue';
import { clamp, normal, streamFor, uniform, type Rng } from './prng';

/** Default seed of the fund sample. */
export const DEFAULT_FUNDS_SEED = 20210225;
/** Years the sample covers: the last campaign year (old names) and the transition years. */
export const FUND_SAMPLE_YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;

/** One sample county: adcode and macro-region (east–west aid goes to the west). */
export interface FundSampleCounty {
  adcode: string;
  region: string;
}

/** Source shares of a county's yearly total, and how many programme lines each source spreads over. */
const SOURCE_PLAN: readonly { id: string; share: number; lines: number; programmes?: readonly string[] }[] = [
  { id: 'central', share: 0.36, lines: 6 },
  { id: 'province', share: 0.14, lines: 4 },
  { id: 'city', share: 0.04, lines: 1 },
  { id: 'county', share: 0.05, lines: 1 },
  { id: 'eastwest', share: 0.1, lines: 2, programmes: ['industry', 'workshop', 'commute', 'education', 'health'] },
  { id: 'pooled', share: 0.22, lines: 2, programmes: ['industry', 'road', 'water', 'power', 'network', 'ecology'] },
  { id: 'donation', share: 0.02, lines: 1, programmes: ['education', 'health'] },
  { id: 'credit', share: 0.07, lines: 1, programmes: ['industry'] },
];

/** Target industry share of the link funds by year (the rule asks 55% in 2022, 60% from 2023; counties scatter). */
function industryTarget(year: number): number {
  if (year <= 2020) return 0.42;
  if (year === 2021) return 0.5;
  if (year === 2022) return 0.57;
  return 0.62;
}

/** `k` distinct items of `items`, drawn with the stream. */
function pick<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}

/** Splits an integer total into integer parts by weights (largest remainder), so parts sum exactly to the total. */
export function splitInteger(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const parts = raw.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest > 0 && k < order.length; k++, rest--) parts[order[k]![1]]! += 1;
  return parts;
}

/** The long table as CSV rows (without header) of one year, and the rows of all years by year. */
export function generateFundRows(counties: readonly FundSampleCounty[], seed: number): Map<number, string[]> {
  const byYear = new Map<number, string[]>(FUND_SAMPLE_YEARS.map((y) => [y, []]));
  for (const county of counties) {
    const base = streamFor(seed, `funds:${county.adcode}`);
    // County traits: size of its programme (yuan), how well it executes, how much it leans to industry.
    const sizeYuan = 1.6e8 * Math.exp(0.45 * normal(base));
    const execution = clamp(0.9 + 0.06 * normal(base), 0.6, 1);
    const industryLean = 0.07 * normal(base);
    for (const year of FUND_SAMPLE_YEARS) {
      const rng = streamFor(seed, `funds:${county.adcode}:${year}`);
      const growth = 1 + 0.04 * (year - 2020) + 0.08 * normal(rng);
      const totalYuan = Math.round(sizeYuan * growth);
      const plan = SOURCE_PLAN.filter((s) => s.id !== 'eastwest' || county.region === 'west');
      const shares = plan.map((s) => s.share * uniform(rng, 0.7, 1.3));
      const sourceTotals = splitInteger(totalYuan, shares);
      const available = FUND_PROGRAMMES.filter((p: FundProgramme) => (p.since ?? 0) <= year);
      plan.forEach((source, s) => {
        const total = sourceTotals[s]!;
        let lines: string[];
        let weights: number[];
        if (source.programmes) {
          lines = pick(rng, source.programmes, source.lines);
          weights = lines.map(() => uniform(rng, 0.5, 1.5));
        } else {
          const others = pick(rng, available.filter((p) => p.id !== INDUSTRY_PROGRAMME_ID).map((p) => p.id), source.lines - 1);
          lines = [INDUSTRY_PROGRAMME_ID, ...others];
          const industry = clamp(industryTarget(year) + industryLean + 0.05 * normal(rng), 0.2, 0.9);
          const rest = others.map(() => uniform(rng, 0.5, 1.5));
          const restSum = rest.reduce((a, b) => a + b, 0) || 1;
          weights = [industry, ...rest.map((w) => ((1 - industry) * w) / restSum)];
          if (others.length === 0) weights = [1];
        }
        const amounts = splitInteger(total, weights);
        lines.forEach((programme, k) => {
          const amount = amounts[k]!;
          if (amount <= 0) return;
          const rate = clamp(execution + 0.05 * normal(rng) - (year === 2025 ? 0.08 : 0), 0.3, 1);
          const spent = Math.min(amount, Math.round(amount * rate));
          byYear.get(year)!.push(`${source.id},${programme},${county.adcode},${year},${amount},${spent}`);
        });
      });
    }
  }
  return byYear;
}

/** The CSV header of the long table. */
export const FUND_CSV_HEADER = 'source,programme,county,year,amount,spent';
