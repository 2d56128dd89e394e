import { describe, expect, it } from 'vitest';
import { layoutComposition, legendDesignHeight, type CompositionInput, type Rect } from '../../../../src/model/export/export-layout';
import { aspectRatio, exportSize, parseCustomWidth } from '../../../../src/model/export/export-size';
import type { PaneLayout } from '../../../../src/model/view/view-state';

const LEGEND = { rows: 6, lines: 2 };

function input(widthPx: number, heightPx: number, layout: PaneLayout, extra: Partial<CompositionInput> = {}): CompositionInput {
  const count = layout === '1' ? 1 : layout === '4' || layout === '4r' ? 4 : 2;
  return {
    widthPx,
    heightPx,
    layout,
    swipe: { enabled: false, position: 0.5 },
    legends: Array.from({ length: count }, () => LEGEND),
    inset: true,
    sourceLines: 2,
    sample: true,
    ...extra,
  };
}

const inside = (a: Rect, b: Rect): boolean =>
  a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.width <= b.x + b.width + 1e-6 && a.y + a.height <= b.y + b.height + 1e-6;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const SIZES: [number, number][] = [
  [1920, 1080],
  [3840, 2160],
  [7680, 4320],
  [3840, 1080],
  [1280, 905],
];
const LAYOUTS: PaneLayout[] = ['1', '2h', '2v', '4', '4r'];

describe('layoutComposition', () => {
  for (const [w, h] of SIZES) {
    for (const layout of LAYOUTS) {
      it(`${w}×${h}, layout ${layout}: every mark inside the image and its frame, none overlapping`, () => {
        const l = layoutComposition(input(w, h, layout));
        const image = { x: 0, y: 0, width: w, height: h };
        for (const r of [l.header, l.footer, l.title, l.date, l.sources, l.nonStandard, l.sampleStamp!]) expect(inside(r, image)).toBe(true);
        expect(overlap(l.title, l.date)).toBe(false);
        expect(overlap(l.date, l.sampleStamp!)).toBe(false);
        expect(overlap(l.sources, l.nonStandard)).toBe(false);
        expect(l.frames).toHaveLength(layout === '1' ? 1 : layout === '4' || layout === '4r' ? 4 : 2);
        for (const f of l.frames) {
          expect(overlap(f.rect, l.header)).toBe(false);
          expect(overlap(f.rect, l.footer)).toBe(false);
          for (const m of [f.northArrow, f.scaleBar, f.inset!]) expect(inside(m, f.rect)).toBe(true);
          expect(overlap(f.scaleBar, f.inset!)).toBe(false);
          expect(overlap(f.northArrow, f.inset!)).toBe(false);
        }
        for (let i = 0; i < l.frames.length; i++)
          for (let j = i + 1; j < l.frames.length; j++) expect(overlap(l.frames[i]!.rect, l.frames[j]!.rect)).toBe(false);
        for (const p of l.panes) {
          const f = l.frames[p.frame]!;
          expect(inside(p.caption, p.clip)).toBe(true);
          expect(overlap(p.caption, f.northArrow)).toBe(false);
          expect(p.legend).not.toBeNull();
          const legend = p.legend!;
          expect(inside(legend, p.clip)).toBe(true);
          for (const m of [p.caption, f.scaleBar, f.inset!, f.northArrow]) expect(overlap(legend, m)).toBe(false);
        }
      });
    }
  }

  it('scales with the output: 3840 px is the 1920-px layout doubled', () => {
    const a = layoutComposition(input(1920, 1080, '4'));
    const b = layoutComposition(input(3840, 2160, '4'));
    expect(b.scale).toBeCloseTo(2 * a.scale, 9);
    expect(b.font.titlePx).toBeCloseTo(2 * a.font.titlePx, 9);
    expect(b.panes[3]!.legend!.width).toBeCloseTo(2 * a.panes[3]!.legend!.width, 6);
    expect(b.frames[1]!.inset!.x).toBeCloseTo(2 * a.frames[1]!.inset!.x, 6);
  });

  it('a legend too tall for its pane shrinks to fit rather than spill', () => {
    const tall = { rows: 12, lines: 3 };
    const l = layoutComposition(input(1920, 600, '4', { legends: [tall, tall, tall, tall] }));
    for (const p of l.panes) {
      expect(p.legendScale).toBeLessThan(1);
      expect(p.legend!.height).toBeCloseTo(legendDesignHeight(tall) * l.scale * p.legendScale, 6);
      expect(inside(p.legend!, p.clip)).toBe(true);
    }
  });

  it('swipe: one frame, two halves split at the divider, each with its caption; one shared legend', () => {
    const l = layoutComposition(
      input(3840, 2160, '2h', { swipe: { enabled: true, position: 0.4 }, legends: [LEGEND, { rows: 0, lines: 0 }] }),
    );
    expect(l.frames).toHaveLength(1);
    const f = l.frames[0]!.rect;
    const [left, right] = l.panes;
    expect(left!.clip.x).toBe(f.x);
    expect(left!.clip.width).toBeCloseTo(f.width * 0.4, 6);
    expect(right!.clip.x).toBeCloseTo(f.x + f.width * 0.4, 6);
    expect(left!.legend).not.toBeNull();
    expect(right!.legend).toBeNull();
    expect(inside(left!.caption, left!.clip)).toBe(true);
    expect(inside(right!.caption, right!.clip)).toBe(true);
    expect(overlap(right!.caption, l.frames[0]!.northArrow)).toBe(false);
  });

  it('no sample: no stamp, the date moves to the edge; no inset when it is hidden', () => {
    const l = layoutComposition(input(1920, 1080, '1', { sample: false, inset: false }));
    expect(l.sampleStamp).toBeNull();
    expect(l.date.x + l.date.width).toBeCloseTo(1920 - 10, 6);
    expect(l.frames[0]!.inset).toBeNull();
  });

  it('a pane without a legend gets none', () => {
    const l = layoutComposition(input(1920, 1080, '2h', { legends: [LEGEND, { rows: 0, lines: 0 }] }));
    expect(l.panes[0]!.legend).not.toBeNull();
    expect(l.panes[1]!.legend).toBeNull();
  });
});

describe('export sizes', () => {
  it('width presets with each aspect give whole-pixel sizes', () => {
    expect(exportSize(3840, aspectRatio('16:9', 1))).toEqual({ widthPx: 3840, heightPx: 2160 });
    expect(exportSize(7680, aspectRatio('32:9', 1))).toEqual({ widthPx: 7680, heightPx: 2160 });
    expect(exportSize(1920, aspectRatio('a4', 1))).toEqual({ widthPx: 1920, heightPx: 1358 });
    expect(exportSize(1920, aspectRatio('view', 2))).toEqual({ widthPx: 1920, heightPx: 960 });
  });
  it('a tall aspect is capped at the largest height, keeping its shape', () => {
    const s = exportSize(7680, aspectRatio('view', 0.5));
    expect(s.heightPx).toBe(8192);
    expect(s.widthPx).toBe(4096);
  });
  it('custom widths: numbers in range only', () => {
    expect(parseCustomWidth(' 2560 px')).toEqual({ ok: true, widthPx: 2560 });
    expect(parseCustomWidth('abc')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseCustomWidth('100')).toEqual({ ok: false, reason: 'too_small' });
    expect(parseCustomWidth('20000')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseCustomWidth('-5')).toEqual({ ok: false, reason: 'not_a_number' });
  });
});
