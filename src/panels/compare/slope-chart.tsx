/** Slope chart of the comparison set between two years; a missing end says "no data" instead of a value. */
import { useMemo } from 'react';
import type { SlopeRow } from '../../model/compare/slope';
import { chartFrame } from './chart-frame';
import { buildSlopeChart } from './slope-chart-model';
import { YGrid } from './chart-axes';
import { useContainerSize } from './use-container-size';
import { hoverOpacity, hoverProps, useHoveredInSet } from './use-compare-hover';

/** Props of the slope chart. */
export interface SlopeChartProps {
  rows: readonly SlopeRow[];
  fromYear: number;
  toYear: number;
  colorOf: (adcode: string) => string;
  nameOf: (adcode: string) => string;
  format: (v: number) => string;
  label: string;
  noDataLabel: string;
}

const MARGINS_EM = { left: 6.5, right: 9, top: 1.8, bottom: 0.8 };

/** The SVG chart, sized by its container. */
export function SlopeChart(props: SlopeChartProps) {
  const { rows, colorOf, format, nameOf } = props;
  const [ref, size] = useContainerSize();
  const hovered = useHoveredInSet(useMemo(() => rows.map((r) => r.adcode), [rows]));
  const frame = useMemo(() => (size.widthPx > 0 ? chartFrame(size.widthPx, size.heightPx, size.fontPx, MARGINS_EM) : null), [size]);
  const model = useMemo(() => (frame ? buildSlopeChart(frame, rows, colorOf, format) : null), [frame, rows, colorOf, format]);
  const gap = size.fontPx * 0.4;
  return (
    <div ref={ref} className="compare-chart" data-testid="compare-slope-chart">
      {model && frame && (
        <svg width={size.widthPx} height={size.heightPx} role="img" aria-label={props.label}>
          <YGrid frame={frame} ticks={model.yTicks} labelX={frame.left - size.fontPx * 4} />
          <g className="chart-axis">
            <line x1={model.fromX} x2={model.fromX} y1={frame.top} y2={frame.bottom} />
            <line x1={model.toX} x2={model.toX} y1={frame.top} y2={frame.bottom} />
            <text x={model.fromX} y={frame.top - size.fontPx * 0.7} textAnchor="middle">{props.fromYear}</text>
            <text x={model.toX} y={frame.top - size.fontPx * 0.7} textAnchor="middle">{props.toYear}</text>
          </g>
          {model.marks.map((m) => {
            const on = hovered === m.adcode;
            return (
              <g key={m.adcode} opacity={hoverOpacity(m.adcode, hovered)} {...hoverProps(m.adcode)} className="chart-series">
                {m.fromY !== null && m.toY !== null && (
                  <line x1={model.fromX} x2={model.toX} y1={m.fromY} y2={m.toY} stroke={m.color} strokeWidth={size.fontPx * (on ? 0.28 : 0.15)} />
                )}
                {m.fromY !== null && <circle cx={model.fromX} cy={m.fromY} r={size.fontPx * 0.25} fill={m.color} />}
                {m.toY !== null && <circle cx={model.toX} cy={m.toY} r={size.fontPx * 0.25} fill={m.color} />}
                <text x={model.fromX - gap} y={m.fromLabelY} dy="0.32em" textAnchor="end" fill={m.color} className={m.row.from === null ? 'chart-missing' : undefined}>
                  {m.row.from === null ? props.noDataLabel : format(m.row.from)}
                </text>
                <text x={model.toX + gap} y={m.toLabelY} dy="0.32em" fill={m.color} fontWeight={on ? 600 : 400}>
                  {nameOf(m.adcode)} <tspan className={m.row.to === null ? 'chart-missing' : undefined}>{m.row.to === null ? props.noDataLabel : format(m.row.to)}</tspan>
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
