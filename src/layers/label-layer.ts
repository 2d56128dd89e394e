/**
 * Label layer factory: Chinese place names drawn by deck.gl TextLayer with the bundled font, so no glyph server is
 * needed. One layer per level with stable data; zoom only toggles `visible`.
 */
import { TextLayer } from '@deck.gl/layers';
import type { LngLat } from '../model/geo/county';

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
  labels: PlaceLabel[];
  sizePx: number;
  visible: boolean;
  color?: [number, number, number, number];
}

/** Creates the label layer of one level. */
export function createLabelLayer(props: LabelLayerProps): TextLayer<PlaceLabel> {
  const { pane, level, labels, sizePx, visible, color = [40, 40, 48, 255] } = props;
  return new TextLayer<PlaceLabel>({
    id: `labels-${level}-${pane}`,
    data: labels,
    visible,
    characterSet: 'auto',
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: level === 'province' ? 600 : 400,
    getText: (d: PlaceLabel) => d.text,
    getPosition: (d: PlaceLabel) => d.point,
    getSize: sizePx,
    sizeUnits: 'pixels',
    getColor: color,
    outlineWidth: 2,
    outlineColor: [255, 255, 255, 220],
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
    parameters: { depthCompare: 'always' },
  });
}
