// Topology checks on the built TopoJSON: the parent layers must be exactly the dissolve of the
// counties, and the union of all counties must have no interior holes (gaps between neighbours).
import { merge } from 'topojson-client';

const arcIndex = (a) => (a < 0 ? ~a : a);

function geometryArcs(g) {
  const out = [];
  const walk = (x) => (typeof x === 'number' ? out.push(arcIndex(x)) : x.forEach(walk));
  if (g.arcs) walk(g.arcs);
  return out;
}

/** Arcs used an odd number of times by the given geometries, i.e. the boundary of their union. */
export function boundaryArcs(geometries) {
  const count = new Map();
  for (const g of geometries) for (const a of geometryArcs(g)) count.set(a, (count.get(a) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n % 2 === 1).map(([a]) => a));
}

/**
 * For each parent geometry, compares its arcs with the boundary arcs of its children
 * (childParent(g) → parent id). Returns the ids whose outline differs from the union of children.
 */
export function checkParentsEqualUnion(children, parents, childParent) {
  const byParent = new Map();
  for (const g of children) {
    const p = childParent(g);
    if (!byParent.has(p)) byParent.set(p, []);
    byParent.get(p).push(g);
  }
  const mismatched = [];
  for (const p of parents) {
    const kids = byParent.get(p.id) ?? [];
    const expected = boundaryArcs(kids);
    const actual = new Set(geometryArcs(p));
    const same = expected.size === actual.size && [...expected].every((a) => actual.has(a));
    if (!same) mismatched.push(p.id);
  }
  const orphanParents = [...byParent.keys()].filter((id) => !parents.some((p) => p.id === id));
  return { mismatched, orphanParents };
}

function ringArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

// Approximate km² of a lon/lat ring (equirectangular at the ring's latitude).
function ringAreaKm2(ring) {
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  return Math.abs(ringArea(ring)) * 111.32 * 111.32 * Math.cos((lat * Math.PI) / 180);
}

/** Holes inside the union of all geometries: each is a gap no county covers. */
export function findUnionHoles(topology, geometries) {
  const union = merge(topology, geometries);
  const holes = [];
  for (const poly of union.coordinates) {
    for (const ring of poly.slice(1)) {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      holes.push({
        areaKm2: ringAreaKm2(ring),
        at: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map((v) => +v.toFixed(3)),
      });
    }
  }
  holes.sort((a, b) => b.areaKm2 - a.areaKm2);
  return { parts: union.coordinates.length, holes };
}

/** Counts vertices in a TopoJSON's arcs (what the renderer will have to draw). */
export function countPoints(topology) {
  return topology.arcs.reduce((s, a) => s + a.length, 0);
}
