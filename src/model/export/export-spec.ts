/**
 * What a map image export shows besides the maps, as plain text and colours in the interface language: the panels
 * build it from the store (src/panels/export/), the map renderer draws it (src/map/export/), neither knows the other.
 */
import type { PaneLayout } from '../view/view-state';

/** One legend row: a swatch colour (CSS) and its label. */
export interface ExportLegendRow {
  color: string;
  label: string;
}

/** A pane's legend as drawn in the image. */
export interface ExportLegend {
  title: string;
  /** Unit, official lines, shared classes: each its own line. */
  lines: string[];
  rows: ExportLegendRow[];
}

/** One pane's texts. */
export interface ExportPane {
  /** "贫困发生率 · 2016 年". */
  caption: string;
  /** The pane shows a seeded sample (its caption carries 示例数据). */
  sample: boolean;
  /** null: no legend drawn for this pane (colour by province, or the other swipe half's shared legend). */
  legend: ExportLegend | null;
}

/** Every text of the composition. */
export interface ExportSpec {
  title: string;
  /** "导出日期 2026-12-01". */
  date: string;
  layout: PaneLayout;
  swipe: { enabled: boolean; position: number };
  inset: boolean;
  insetLabel: string;
  panes: ExportPane[];
  /** Source and vintage lines (datasets shown, then the boundaries). */
  sources: string[];
  /** "示例数据 / Sample data" (exports stay bilingual) when any pane shows a sample, else null. */
  sampleStamp: string | null;
  /** The sample tag beside a sample pane's caption, in the interface language ("示例数据"). */
  sampleTag: string;
  /** "非标准地图，仅供内部分析". */
  nonStandard: string;
  /** "北" / "N". */
  north: string;
}
