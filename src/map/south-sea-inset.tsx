/**
 * South China Sea islands inset: the 三沙 features of our boundary set drawn in a box, as Chinese national maps
 * do. No allowed source has the national boundary line there, so none is drawn (the map says it is not a standard
 * map); an office can swap in reviewed boundaries in the same file format.
 */
import { useMemo } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { useAppStore } from '../store/app-store';
import { useT } from '../i18n/use-t';

/** Extent of the inset in degrees: the South China Sea from the Paracels to the Spratlys. */
export const INSET_EXTENT: [[number, number], [number, number]] = [
  [106.5, 3],
  [122.5, 24.5],
];
const WIDTH = 72;
const HEIGHT = 100;

/** Builds the SVG path strings of the inset (pure; memoised by the component). */
export function buildInsetPaths(features: Feature<Polygon | MultiPolygon>[]): string[] {
  const [[w, s], [e, n]] = INSET_EXTENT;
  const projection = geoMercator()
    .fitExtent(
      [
        [1, 1],
        [WIDTH - 1, HEIGHT - 1],
      ],
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] } },
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection);
  return features.map((f) => path(f) ?? '').filter(Boolean);
}

/** The inset box, drawn in the bottom-right corner of each pane (and kept clear by the pane's national fit). */
export function SouthSeaInset() {
  const t = useT();
  const provinces = useAppStore((s) => (s.geo.hi ?? s.geo.lo)?.base?.provinces ?? null);
  const paths = useMemo(() => (provinces ? buildInsetPaths(provinces.features) : []), [provinces]);
  // The box is drawn before the boundaries arrive, so the pane's national fit, measured at mount, keeps it clear.
  return (
    <figure className="inset" aria-label={t('map.inset')} data-testid="south-sea-inset" data-map-cover="">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('map.inset')}>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="#dfe8ee" />
        {paths.map((d, i) => (
          <path key={i} d={d} fill="#e9e4d8" stroke="#40444c" strokeWidth={0.3} />
        ))}
      </svg>
      <figcaption className="inset__title">{t('map.inset')}</figcaption>
    </figure>
  );
}
