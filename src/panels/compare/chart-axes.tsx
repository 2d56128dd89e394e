/** Axis marks shared by the comparison charts: horizontal grid lines with value labels, and year/value labels below. */
import type { ChartFrame, Tick } from './chart-frame';

/** Props of the y grid. */
export interface YGridProps {
  frame: ChartFrame;
  ticks: readonly Tick[];
  /** x of the labels' right edge (default just left of the plot). */
  labelX?: number;
}

/** Horizontal grid lines across the plot, labelled on the left. */
export function YGrid({ frame, ticks, labelX }: YGridProps) {
  return (
    <g className="chart-grid">
      {ticks.map((t) => (
        <g key={t.value}>
          <line x1={frame.left} x2={frame.right} y1={t.px} y2={t.px} />
          <text x={labelX ?? frame.left - frame.fontPx * 0.3} y={t.px} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Props of the x labels. */
export interface XLabelsProps {
  frame: ChartFrame;
  ticks: readonly Tick[];
}

/** Labels under the plot (years or values). */
export function XLabels({ frame, ticks }: XLabelsProps) {
  return (
    <g className="chart-axis">
      <line x1={frame.left} x2={frame.right} y1={frame.bottom} y2={frame.bottom} />
      {ticks.map((t) => (
        <text key={t.value} x={t.px} y={frame.bottom + frame.fontPx * 1.2} textAnchor="middle">
          {t.label}
        </text>
      ))}
    </g>
  );
}
