import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { feature } from 'topojson-client';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';

// Checks the committed outputs of `npm run build:geo` (public/geo/), the contract the app codes against.

interface Place { adcode: string; name: string; point: [number, number]; bbox: [number, number, number, number] }
interface Province extends Place { short: string; pinyin: string; capital: string }
interface Prefecture extends Place { province: string; pinyin: string }
interface County extends Place { prefecture: string; province: string; pinyin: string; initials: string }
interface CountyIndex {
  schema: number; vintage: string; source: string;
  provinces: Province[]; prefectures: Prefecture[]; counties: County[];
}

const GEO_DIR = new URL('../../../public/geo/', import.meta.url);
const present = ['counties.json', 'counties-lo.topo.json', 'counties-hi.topo.json'].every((f) =>
  fs.existsSync(new URL(f, GEO_DIR)));
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(new URL(file, GEO_DIR), 'utf8'));
const OBJECTS = ['counties', 'prefectures', 'provinces'] as const;

describe.skipIf(!present)('built geo (public/geo; run `npm run build:geo` if missing)', () => {
  const index = (present ? readJson('counties.json') : {}) as CountyIndex;
  const topos = present
    ? { lo: readJson('counties-lo.topo.json') as Topology, hi: readJson('counties-hi.topo.json') as Topology }
    : null;

  const shapes = (topo: Topology, name: (typeof OBJECTS)[number]): Map<string, Polygon | MultiPolygon> => {
    const obj = topo.objects[name] as GeometryCollection;
    const fc = feature(topo, obj);
    return new Map(fc.features.map((f) => [String(f.id), f.geometry as Polygon | MultiPolygon]));
  };

  it('has the expected header and ~2,850 counties with unique 6-digit adcodes, sorted', () => {
    expect(index.schema).toBe(1);
    expect(index.vintage).toBe('2016');
    const codes = index.counties.map((c) => c.adcode);
    console.log(`counties.json: ${codes.length} counties, ${index.prefectures.length} prefectures, ` +
      `${index.provinces.length} provinces`);
    expect(codes.length).toBeGreaterThan(2800);
    expect(codes.length).toBeLessThan(2900);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
  });

  it('links every county to an existing prefecture and province', () => {
    const prefs = new Map(index.prefectures.map((p) => [p.adcode, p]));
    const provs = new Set(index.provinces.map((p) => p.adcode));
    for (const c of index.counties) {
      expect(prefs.get(c.prefecture)?.province, c.adcode).toBe(c.province);
      expect(provs.has(c.province), c.adcode).toBe(true);
      expect(c.name.length, c.adcode).toBeGreaterThan(0);
      expect(c.pinyin, c.adcode).toMatch(/^[a-z]+$/);
    }
    for (const p of index.provinces) expect(prefs.has(p.capital), p.adcode).toBe(true);
  });

  for (const res of ['lo', 'hi'] as const) {
    it(`${res}: object ids match the index and geometries carry no properties`, () => {
      const topo = topos![res];
      const lists = { counties: index.counties, prefectures: index.prefectures, provinces: index.provinces };
      for (const name of OBJECTS) {
        const geoms = (topo.objects[name] as GeometryCollection).geometries;
        expect(geoms.map((g) => String(g.id)).sort(), name).toEqual(lists[name].map((p) => p.adcode).sort());
        expect(geoms.every((g) => g.properties === undefined), name).toBe(true);
      }
    });

    it(`${res}: every label point lies inside its own polygon`, () => {
      const topo = topos![res];
      const outside: string[] = [];
      const lists = { counties: index.counties, prefectures: index.prefectures, provinces: index.provinces };
      for (const name of OBJECTS) {
        const byId = shapes(topo, name);
        for (const p of lists[name]) {
          const g = byId.get(p.adcode);
          if (!g || !booleanPointInPolygon(p.point, g)) outside.push(`${name}:${p.adcode}`);
        }
      }
      expect(outside).toEqual([]);
    });
  }
});
