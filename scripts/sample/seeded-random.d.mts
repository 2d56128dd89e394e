/** Types of seeded-random.mjs, for the TypeScript generators that share it (scripts/sample/prng.ts). */
/** FNV-1a hash of a string. */
export function hash(text: string): number;
/** mulberry32: a uniform [0, 1) generator from a 32-bit seed. */
export function rng(seed: number): () => number;
