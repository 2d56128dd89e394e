/**
 * Seeded randomness for the sample generator: mulberry32 streams keyed by (seed, name), so each county and
 * purpose draws from its own stream and one county's numbers do not shift when the county list changes.
 */

import { hash, rng } from './seeded-random.mjs';

/** A uniform [0, 1) generator. */
export type Rng = () => number;

/** FNV-1a 32-bit hash of a string (the one the .mjs sample builders use too). */
export const hash32: (text: string) => number = hash;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG (shared with the .mjs builders, so both draw alike). */
export const mulberry32: (seed: number) => Rng = rng;

/** The stream for one named purpose under a seed. */
export function streamFor(seed: number, name: string): Rng {
  return mulberry32(hash32(`${seed}:${name}`));
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** A uniform draw in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/** Clamps x into [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
