// Builds public/geo/counties.json (names, parents, pinyin, label points, bboxes) from the built
// TopoJSON objects. Label points are poles of inaccessibility, verified inside both resolutions.
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import { toPinyin, toInitials, prefecturePinyin, PROVINCE_INFO, EXTRA_PROVINCE_NAMES,
  EXTRA_PREFECTURE_NAMES, COUNTY_NAME_OVERRIDES } from './geo-names.mjs';
import { MUNICIPALITIES } from './load-sources.mjs';

const r4 = (v) => Math.round(v * 1e4) / 1e4;
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);

function ringArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(s / 2);
}

/** Even-odd point-in-polygon over every ring of every part of a (Multi)Polygon. */
export function pointInGeometry([x, y], g) {
  let inside = false;
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** [w, s, e, n] of a geometry, rounded to 4 decimals outward. */
export function bboxOf(g) {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const poly of polygonsOf(g)) for (const [x, y] of poly[0]) {
    if (x < w) w = x; if (x > e) e = x; if (y < s) s = y; if (y > n) n = y;
  }
  const f = (v, up) => (up ? Math.ceil(v * 1e4) : Math.floor(v * 1e4)) / 1e4;
  return [f(w, false), f(s, false), f(e, true), f(n, true)];
}

function largestPart(g) {
  let best = null, bestArea = -1;
  for (const poly of polygonsOf(g)) {
    const a = ringArea(poly[0]);
    if (a > bestArea) { best = poly; bestArea = a; }
  }
  return best;
}

/** A point inside every given geometry version (first is the reference), rounded to 4 decimals. */
export function labelPoint(versions) {
  for (const g of versions) {
    const part = largestPart(g);
    if (!part) continue;
    const span = Math.sqrt(ringArea(part[0]));
    const p = polylabel(part, Math.max(span / 200, 1e-5));
    const q = [r4(p[0]), r4(p[1])];
    if (versions.every((v) => pointInGeometry(q, v))) return { point: q, ok: true };
  }
  const part = largestPart(versions[0]);
  const p = polylabel(part, 1e-5);
  return { point: [r4(p[0]), r4(p[1])], ok: false };
}

function geometriesById(topo, name) {
  const fc = feature(topo, topo.objects[name]);
  return new Map(fc.features.map((f) => [String(f.id), f.geometry]));
}

/** Builds the index object; problems (points outside a version) are pushed to notes. */
export function buildIndex({ hi, lo, division, echartsNames, meta, notes }) {
  const layer = (name) => [geometriesById(hi, name), geometriesById(lo, name)];
  const place = (id, [h, l]) => {
    const g = h.get(id);
    const { point, ok } = labelPoint([g, l.get(id)].filter(Boolean));
    if (!ok) notes.push(`POINT: ${id} label point not inside every resolution`);
    return { point, bbox: bboxOf(g) };
  };

  const provLayer = layer('provinces');
  const provinces = [...provLayer[0].keys()].sort().map((adcode) => {
    const [short, py, capital] = PROVINCE_INFO[adcode] ?? [adcode, '', ''];
    const name = division.provinces.get(adcode) ?? EXTRA_PROVINCE_NAMES[adcode] ?? adcode;
    return { adcode, name, short, pinyin: py, capital, ...place(adcode, provLayer) };
  });
  const provName = new Map(provinces.map((p) => [p.adcode, p.name]));

  const prefLayer = layer('prefectures');
  const prefectures = [...prefLayer[0].keys()].sort().map((adcode) => {
    const pp = adcode.slice(0, 2);
    const province = `${pp}0000`;
    let name = MUNICIPALITIES.has(pp) || provName.has(adcode) ? provName.get(province)
      : division.cities.get(adcode) ?? EXTRA_PREFECTURE_NAMES[adcode];
    if (!name) { notes.push(`NAME: prefecture ${adcode} has no name`); name = adcode; }
    return { adcode, name, province, pinyin: prefecturePinyin(name), ...place(adcode, prefLayer) };
  });
  const prefSet = new Set(prefectures.map((p) => p.adcode));

  const countyLayer = layer('counties');
  const counties = [...countyLayer[0].keys()].sort().map((adcode) => {
    const echartsName = echartsNames.get(adcode);
    const nbsName = division.areas.get(adcode);
    let name = COUNTY_NAME_OVERRIDES[adcode] ?? nbsName ?? provName.get(adcode);
    if (!name) {
      name = echartsName ?? adcode;
      notes.push(`NOT IN NBS 2023: ${adcode} ${name} (2016 code; name from echarts data)`);
    } else if (nbsName && echartsName && echartsName !== nbsName) {
      // Same code, different name: the unit was renamed (often with a boundary change, e.g. 邢台
      // 桥东区 → 襄都区 absorbed part of 邢台县) or the code was reused; the 2016 name fits the polygon.
      name = echartsName;
      notes.push(`renamed since 2016: ${adcode} index keeps "${echartsName}" (NBS 2023: "${nbsName}")`);
    }
    const prefecture = meta.get(adcode).pref;
    const province = meta.get(adcode).prov;
    if (!prefSet.has(prefecture) || !provName.has(province)) notes.push(`PARENT: ${adcode} → ${prefecture}/${province}`);
    return {
      adcode, name, prefecture, province, pinyin: toPinyin(name), initials: toInitials(name),
      ...place(adcode, countyLayer),
    };
  });
  return { provinces, prefectures, counties };
}
