/**
 * A font renderer for deck.gl's TextLayer (its `_getFontRenderer` prop) that keeps each glyph's side bearings.
 * deck.gl's own SDF renderer crops every glyph to its ink and lays the ink out from the pen position, so a glyph
 * with a narrow ink and wide bearings (自, 门, 川) leaves its whole spare width on the right: "…蒙古族自 治县".
 * Here every glyph's image spans its full advance, with the SDF ink placed at its true left bearing, so CJK names
 * read evenly spaced whatever the font.
 */
import TinySDF from '@mapbox/tiny-sdf';
import type { TextLayerProps } from '@deck.gl/layers';

type GetFontRenderer = NonNullable<TextLayerProps['_getFontRenderer']>;
type FontRenderer = ReturnType<GetFontRenderer>;

/** Share of the size above and below the baseline when the browser gives no font metrics. */
const DEFAULT_ASCENT = 0.9;
const DEFAULT_DESCENT = 0.3;

/** The renderer for one set of font settings (deck.gl calls this once per atlas). */
export function wholeAdvanceGlyphs(settings: Parameters<GetFontRenderer>[0]): FontRenderer {
  const { fontSize, buffer, radius, cutoff, fontFamily, fontWeight } = settings;
  const sdf = new TinySDF({ fontSize, buffer, radius, cutoff, fontFamily, fontWeight: String(fontWeight) });
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
  const font = ctx.measureText('A');
  const ascent = font.fontBoundingBoxAscent ? Math.ceil(font.fontBoundingBoxAscent) : fontSize * DEFAULT_ASCENT;
  const descent = font.fontBoundingBoxDescent ? Math.ceil(font.fontBoundingBoxDescent) : fontSize * DEFAULT_DESCENT;
  return {
    measure(char?: string) {
      if (char === undefined) return { advance: 0, width: 0, ascent, descent };
      // The glyph's box is its advance: neighbours keep the spacing the font designed.
      const advance = ctx.measureText(char).width;
      return { advance, width: Math.ceil(advance), ascent, descent };
    },
    draw(char: string) {
      const glyph = sdf.draw(char);
      const boxWidth = Math.max(1, Math.ceil(glyph.glyphAdvance) + 2 * buffer);
      const boxHeight = Math.max(1, glyph.height);
      const image = new ImageData(boxWidth, boxHeight);
      const left = Math.max(0, glyph.glyphLeft);
      for (let y = 0; y < glyph.height; y += 1) {
        for (let x = 0; x < glyph.width && x + left < boxWidth; x += 1) {
          image.data[4 * (y * boxWidth + x + left) + 3] = glyph.data[y * glyph.width + x] ?? 0;
        }
      }
      // deck.gl puts the baseline `ascent + top` below the image's top; the ink's top is glyphTop above the baseline.
      return { data: image, left: buffer, top: buffer + glyph.glyphTop - ascent };
    },
  };
}
