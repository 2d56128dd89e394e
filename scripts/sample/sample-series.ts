/**
 * The sample's time series: each indicator per county and year from the hidden traits plus noise, shaped like
 * the patterns planners know (incidence falling to zero by 2020, coverage rising on logistic curves with
 * county-specific onsets, expressways arriving in steps, relapse monitoring from 2021).
 */
import { clamp, normal, streamFor, uniform, type Rng } from './prng';
import type { CountyLatent } from './sample-latent';

/** A series per year for one county (null = missing), in the indicator's years order. */
export type Series = (number | null)[];

/** Rounds to `decimals` places (0 → integer). */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

function logistic(year: number, start: number, cap: number, onset: number, speed: number): number {
  return start + (cap - start) / (1 + Math.exp(-speed * (year - onset)));
}

/** Rounds to `digits` significant digits (331,245 → 331,000 for 3), which keeps large counts compressible. */
export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const f = 10 ** (digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return f >= 1 ? Math.round(x * f) / f : Math.round(x * f) * Math.round(1 / f);
}

/** Makes a series non-decreasing (coverage does not fall back in the sample). */
function cumMax(xs: number[]): number[] {
  let m = -Infinity;
  return xs.map((x) => (m = Math.max(m, x)));
}

/** Makes a series non-increasing. */
function cumMin(xs: number[]): number[] {
  let m = Infinity;
  return xs.map((x) => (m = Math.min(m, x)));
}

/** Exit line of the county's region (percent), used to shape the sample around the rule. */
function lineOf(latent: CountyLatent): number {
  return latent.region === 'west' ? 3 : 2;
}

/** Highest sample incidence (%) of a county that was not a national poverty county. */
export const NON_DESIGNATED_MAX = 6;

/** Poverty incidence (%) per year: falls below the county's line in its exit year, 0 by 2020 (or the exit year) and after. */
export function incidenceSeries(latent: CountyLatent, years: readonly number[], rng: Rng): number[] {
  const r = latent.remoteness;
  const line = lineOf(latent);
  const westBonus = latent.region === 'west' ? 3 : 0;
  if (latent.designated && latent.exitYear !== null) {
    const exit = latent.exitYear;
    const start = clamp(9 + westBonus + 22 * r + 4 * normal(rng), 6, 45);
    const beforeExit = Math.min(start * 0.8, line + 0.3 + uniform(rng, 0, 3)); // still above the line
    // Most exit comfortably below the line, some only just (the "near" band of the exit check).
    const atExit = rng() < 0.7 ? uniform(rng, 0.2, Math.max(0.3, line - 1.2)) : uniform(rng, line - 0.9, line - 0.15);
    const raw = years.map((y) => {
      if (y <= exit - 1) return start * Math.pow(beforeExit / start, (y - 2013) / Math.max(1, exit - 1 - 2013));
      if (y === exit) return atExit;
      if (y >= 2021 || y === 2020) return 0;
      return atExit * (2020 - y) / (2020 - exit);
    });
    return cumMin(raw.map((v, k) => (years[k]! < exit - 1 && years[k]! > 2013 ? v * (1 + 0.05 * normal(rng)) : v))).map((v) => roundTo(v, 1));
  }
  // Not a national poverty county: incidence stays low (never above 6%), whatever the synthetic remoteness says.
  const start = clamp((0.6 + 4 * r ** 1.5 + 0.6 * normal(rng)) * (latent.urban ? 0.4 : 1) + 0.3 * westBonus * r, 0.2, NON_DESIGNATED_MAX);
  const at2019 = Math.min(start, uniform(rng, 0.05, 0.5));
  const k = Math.log(start / at2019) / 6;
  const raw = years.map((y) => (y >= 2020 ? 0 : start * Math.exp(-k * (y - 2013)) * (y > 2013 ? 1 + 0.05 * normal(rng) : 1)));
  return cumMin(raw).map((v) => roundTo(v, 1));
}

interface CurveSpec { start: number; cap: number; onset: number; speed: number; noise: number }

function coverage(years: readonly number[], spec: CurveSpec, rng: Rng): number[] {
  const xs = years.map((y) => logistic(y, spec.start, spec.cap, spec.onset, spec.speed) + spec.noise * normal(rng));
  return cumMax(xs.map((x) => clamp(x, 0, 100))).map((v) => roundTo(v, 1));
}

/** The coverage-type indicators (%), each a rising logistic with county-specific start, cap and onset. */
export function coverageSeries(id: string, latent: CountyLatent, years: readonly number[], rng: Rng): number[] {
  const r = latent.remoteness;
  const d = latent.development;
  const designated = latent.designated;
  const lateness = (designated ? (latent.exitYear ?? 2020) - 2016 : 0) * 0.3;
  const n = (s: number) => s * normal(rng);
  switch (id) {
    case 'road_hardened_villages':
      return coverage(years, { start: clamp(100 - (10 + 50 * r) * uniform(rng, 0.7, 1.3), 20, 99), cap: 100.4, onset: 2014 + 3.5 * r + n(0.6), speed: 1.2, noise: 0.4 }, rng);
    case 'tap_water':
      return coverage(years, { start: clamp(35 + 55 * d + n(8), 12, 97), cap: clamp(96 - 8 * r + n(1.5), 80, 99.5), onset: 2015 + 3 * r + lateness + n(0.7), speed: 0.7, noise: 0.6 }, rng);
    case 'safe_drinking_water':
      return coverage(years, { start: clamp(50 + 45 * d + n(6), 25, 99), cap: designated ? 100.3 : clamp(99.5 + n(0.4), 97, 100.3), onset: 2014.5 + 2.5 * r + n(0.6), speed: 0.9, noise: 0.5 }, rng);
    case 'broadband_villages':
      return coverage(years, { start: clamp(15 + 60 * d + n(10), 3, 95), cap: designated ? 100.2 : clamp(99.5 + n(0.6), 96, 100.2), onset: 2015.5 + 2 * r + n(0.6), speed: 1.1, noise: 0.6 }, rng);
    case 'mobile_4g':
      return coverage(years, { start: clamp(-6 + 12 * d + n(3), 0, 20), cap: clamp(99.5 - 6 * r + n(0.8), 90, 100), onset: 2015.2 + 1.8 * r + n(0.4), speed: 1.4, noise: 0.5 }, rng);
    case 'clinic_coverage':
      return coverage(years, { start: clamp(50 + 40 * d + n(7), 30, 99), cap: 100.4, onset: 2015 + 3 * r + lateness + n(0.6), speed: 0.9, noise: 0.5 }, rng);
    case 'compulsory_completion':
      return coverage(years, { start: clamp(83 + 10 * d + n(2), 75, 99), cap: clamp(98.5 - 2 * r + n(0.6), 92, 99.8), onset: 2016 + n(0.8), speed: 0.6, noise: 0.3 }, rng);
    default:
      throw new Error(`No coverage model for ${id}`);
  }
}

/** Minutes to the nearest expressway: falls in steps as new expressways open (earlier in less remote counties). */
export function expresswaySeries(latent: CountyLatent, years: readonly number[], rng: Rng): number[] {
  let minutes = clamp((10 + 240 * latent.remoteness ** 1.6) * uniform(rng, 0.6, 1.4) * (latent.urban ? 0.5 : 1), 5, 480);
  const openings = new Map<number, number>();
  const count = Math.floor(uniform(rng, 0, 2.6 - latent.remoteness));
  for (let k = 0; k < count; k++) {
    const year = 2014 + Math.floor(uniform(rng, 0, 12) * (0.4 + 0.6 * latent.remoteness));
    openings.set(year, (openings.get(year) ?? 1) * uniform(rng, 0.25, 0.7));
  }
  return years.map((y) => {
    minutes = Math.max(5, minutes * (openings.get(y) ?? 1));
    return Math.round(minutes);
  });
}

/** Rural income (yuan per person per year, 3 significant digits): level from development and region, faster growth while designated. */
export function incomeSeries(latent: CountyLatent, years: readonly number[], rng: Rng): number[] {
  const regional = latent.region === 'east' ? 3000 : latent.region === 'central' ? 1000 : 0;
  let income = Math.max(2500, 4200 + 9000 * latent.development + regional + 800 * normal(rng));
  return years.map((y) => {
    if (y > 2013) {
      const boost = latent.designated && y >= 2016 && y <= 2020 ? 0.025 : 0;
      const base = y <= 2020 ? 0.085 : y === 2022 ? 0.05 : 0.065;
      income *= 1 + base + boost + 0.01 * normal(rng);
    }
    return roundSignificant(income, 3);
  });
}

/** Share of rural households under relapse monitoring (%), from 2021: higher in formerly designated and remote counties. */
export function monitoredSeries(latent: CountyLatent, years: readonly number[], rng: Rng): number[] {
  let share = clamp(0.3 + 4 * latent.remoteness * (latent.designated ? 1.3 : 0.5) + 0.4 * normal(rng), 0.1, 12);
  return years.map((y, k) => {
    if (k > 0) share = clamp(share * uniform(rng, 0.86, 1.04), 0.1, 12);
    return y >= 2021 ? roundTo(share, 1) : Number.NaN;
  });
}

/** Rural registered population per year (persons, 3 significant digits to keep the file small). */
export function ruralPopulationSeries(latent: CountyLatent, years: readonly number[]): number[] {
  return years.map((y) => roundSignificant(latent.rural2013 * (1 - latent.ruralDeclinePerYear) ** (y - 2013), 3));
}

/** The per-county stream for one indicator. */
export function seriesRng(seed: number, adcode: string, indicatorId: string): Rng {
  return streamFor(seed, `${adcode}:${indicatorId}`);
}
