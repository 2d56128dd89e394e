/**
 * The sample's hidden county traits: a spatially smooth "remoteness" (higher in the west and in synthetic
 * mountain blobs, lower in urban districts), a development level correlated with it, rural population and
 * village counts. The poverty designation and exit year are NOT synthetic: they are the real ones (the committed facts
 * dataset public/data/poverty-counties/, passed in), so the sample's series never contradict the facts beside them.
 * No other trait is taken from any real list or statistic.
 */
import type { County } from '../../src/model/geo/county';
import type { Region } from '../../src/model/rules/rule';
import { regionOfAdcode } from '../../src/model/geo/region';
import { clamp, normal, streamFor, uniform } from './prng';

/** The real designation: boundary adcode → exit year (2016–2020) of every national poverty county. */
export type RealDesignation = ReadonlyMap<string, number>;

/** Hidden traits of one county. */
export interface CountyLatent {
  adcode: string;
  region: Region | null;
  /** Remoteness as a percentile among counties with a region, 0 (least) – 1 (most); NaN without a region. */
  remoteness: number;
  /** Development level, roughly 1 − remoteness plus noise. */
  development: number;
  urban: boolean;
  designated: boolean;
  exitYear: number | null;
  rural2013: number;
  ruralDeclinePerYear: number;
  villageCount: number;
}

interface Blob { lng: number; lat: number; radiusDeg: number; amplitude: number }

function mountainBlobs(seed: number): Blob[] {
  const rng = streamFor(seed, 'blobs');
  return Array.from({ length: 16 }, () => ({
    lng: 86 + 34 * Math.pow(rng(), 1.3),
    lat: uniform(rng, 22, 42),
    radiusDeg: uniform(rng, 1.2, 3.5),
    amplitude: uniform(rng, 0.25, 0.6),
  }));
}

function smoothField(seed: number): (lng: number, lat: number) => number {
  const rng = streamFor(seed, 'field');
  const waves = Array.from({ length: 5 }, () => ({
    fx: uniform(rng, -0.45, 0.45), fy: uniform(rng, -0.45, 0.45), phase: uniform(rng, 0, 2 * Math.PI), a: uniform(rng, 0.04, 0.1),
  }));
  return (lng, lat) => waves.reduce((s, w) => s + w.a * Math.sin(w.fx * lng + w.fy * lat + w.phase), 0);
}

function rawRemoteness(county: County, region: Region, seed: number, blobs: Blob[], field: (a: number, b: number) => number): number {
  const [lng, lat] = county.point;
  const west = clamp((118 - lng) / 30, 0, 1) * 0.3;
  const mountains = blobs.reduce((s, b) => {
    const d2 = ((lng - b.lng) ** 2 + (lat - b.lat) ** 2) / (b.radiusDeg * b.radiusDeg);
    return s + b.amplitude * Math.exp(-d2 / 2);
  }, 0);
  const regional = region === 'west' ? 0.15 : region === 'central' ? 0.07 : -0.1;
  const urban = county.name.endsWith('区') ? -0.35 : county.name.endsWith('市') ? -0.12 : 0;
  return west + mountains + regional + urban + field(lng, lat) + 0.08 * normal(streamFor(seed, `${county.adcode}:remote`));
}

function percentiles(scores: number[]): number[] {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array<number>(scores.length);
  order.forEach(([, i], rank) => (out[i] = scores.length > 1 ? rank / (scores.length - 1) : 0.5));
  return out;
}

/** Computes every county's hidden traits; counties must be in the dataset's order. */
export function computeLatents(counties: readonly County[], seed: number, designation: RealDesignation): CountyLatent[] {
  const blobs = mountainBlobs(seed);
  const field = smoothField(seed);
  const regions = counties.map((c) => regionOfAdcode(c.adcode));
  const withRegion = counties.map((_, i) => i).filter((i) => regions[i] !== null);
  const raw = withRegion.map((i) => rawRemoteness(counties[i]!, regions[i]!, seed, blobs, field));
  const pct = percentiles(raw);
  const remoteness = new Array<number>(counties.length).fill(Number.NaN);
  withRegion.forEach((i, k) => (remoteness[i] = pct[k]!));

  return counties.map((c, i): CountyLatent => {
    const rng = streamFor(seed, `${c.adcode}:traits`);
    const r = remoteness[i]!;
    const urban = c.name.endsWith('区');
    const sparse = Math.max(0, (100 - c.point[0]) / 15);
    const rural = Math.exp(Math.log(330000) + 0.5 * normal(rng) - 1.1 * sparse) * (urban ? 0.45 : 1);
    const villageSize = uniform(rng, 700, 1600) * (regions[i] === 'west' ? 0.8 : 1);
    const rural2013 = Math.round(clamp(rural, 4000, 2_000_000) / 10) * 10;
    return {
      adcode: c.adcode,
      region: regions[i]!,
      remoteness: r,
      development: Number.isNaN(r) ? Number.NaN : clamp(1 - r + 0.12 * normal(rng), 0, 1),
      urban,
      designated: regions[i] !== null && designation.has(c.adcode),
      exitYear: regions[i] !== null ? (designation.get(c.adcode) ?? null) : null,
      rural2013,
      ruralDeclinePerYear: uniform(rng, 0.008, 0.025),
      villageCount: Math.max(3, Math.round(rural2013 / villageSize)),
    };
  });
}
