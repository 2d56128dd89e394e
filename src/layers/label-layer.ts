/**
 * Label layer factory: Chinese place names drawn by deck.gl TextLayer with the bundled font, so no glyph server is
 * needed. One layer per level; its data is the placement of one quarter-zoom step (src/lib/label-placement.ts), the
 * same array while the step holds, so labels never overlap and panning changes nothing.
 */
import { TextLayer } from '@deck.gl/layers';
import type { PlacedLabel } from '../lib/label-placement';
import type { LngLat } from '../model/geo/county';
import { wholeAdvanceGlyphs } from './whole-advance-glyphs';

/** A label: text at a point inside its unit. */
export interface PlaceLabel {
  text: string;
  point: LngLat;
}

/**
 * Font stack: the machine's own CJK fonts first (no download), then the bundled Noto Sans SC web font, which a
 * kiosk without Chinese fonts fetches subset by subset. Same stack as the interface (src/app/styles.css).
 */
export const LABEL_FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Noto Sans SC", sans-serif';

/** Inputs of a label layer. */
export interface LabelLayerProps {
  pane: number;
  level: 'province' | 'prefecture' | 'county';
  /** The labels kept by the placement, each with the pixel offset of its centre from its point. */
  labels: readonly PlacedLabel<PlaceLabel>[];
  sizePx: number;
  visible: boolean;
  color?: [number, number, number, number];
  /** The halo around each glyph (white on the light map, near-black on the dark one). */
  outlineColor?: [number, number, number, number];
}

/** Creates the label layer of one level. */
export function createLabelLayer(props: LabelLayerProps): TextLayer<PlacedLabel<PlaceLabel>> {
  const { pane, level, labels, sizePx, visible, color = [40, 40, 48, 255], outlineColor = [255, 255, 255, 220] } = props;
  return new TextLayer<PlacedLabel<PlaceLabel>>({
    id: `labels-${level}-${pane}`,
    data: labels,
    visible,
    characterSet: 'auto',
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: level === 'province' ? 600 : 400,
    getText: (d) => d.label.text,
    getPosition: (d) => d.label.point,
    getPixelOffset: (d) => d.offsetPx,
    // No automatic wrapping: a name is drawn whole (…蒙古族自治县); only the pinyin line ('\n') starts a new line.
    maxWidth: -1,
    getSize: sizePx,
    sizeUnits: 'pixels',
    getColor: color,
    outlineWidth: 2,
    outlineColor,
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    // Glyphs keep their bearings: deck.gl's own SDF glyphs leave a gap after narrow ones ("自 治县").
    _getFontRenderer: wholeAdvanceGlyphs,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
    parameters: { depthCompare: 'always' },
  });
}
