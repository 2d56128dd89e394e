/** Gapminder-style scatter of two indicators: each county's point in the current year with its trail behind it. */
import { useMemo } from 'react';
import type { Trail } from '../../model/compare/trails';
import { chartFrame } from './chart-frame';
import { buildScatterChart } from './scatter-chart-model';
import { XLabels, YGrid } from './chart-axes';
import { useContainerSize } from './use-container-size';
import { hoverOpacity, hoverProps, useHoveredInSet } from './use-compare-hover';

/** Props of the scatter. */
export interface TrailScatterProps {
  trails: readonly Trail[];
  extents: { x: [number, number]; y: [number, number] } | null;
  year: number;
  colorOf: (adcode: string) => string;
  nameOf: (adcode: string) => string;
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  xLabel: string;
  yLabel: string;
  label: string;
}

const MARGINS_EM = { left: 3.6, right: 1, top: 1.4, bottom: 2.2 };

/** The SVG chart, sized by its container. */
export function TrailScatter(props: TrailScatterProps) {
  const { trails, extents, colorOf, formatX, formatY } = props;
  const [ref, size] = useContainerSize();
  const hovered = useHoveredInSet(useMemo(() => trails.map((t) => t.adcode), [trails]));
  const frame = useMemo(() => (size.widthPx > 0 ? chartFrame(size.widthPx, size.heightPx, size.fontPx, MARGINS_EM) : null), [size]);
  const model = useMemo(
    () => (frame ? buildScatterChart(frame, trails, extents, colorOf, formatX, formatY) : null),
    [frame, trails, extents, colorOf, formatX, formatY],
  );
  return (
    <div ref={ref} className="compare-chart" data-testid="compare-scatter">
      {model && frame && (
        <svg width={size.widthPx} height={size.heightPx} role="img" aria-label={props.label}>
          <text className="chart-watermark" x={frame.right - size.fontPx * 0.5} y={frame.bottom - size.fontPx * 0.5} textAnchor="end">
            {props.year}
          </text>
          <YGrid frame={frame} ticks={model.yTicks} />
          <XLabels frame={frame} ticks={model.xTicks} />
          <text className="chart-axis-title" x={frame.right} y={frame.bottom + size.fontPx * 2.1} textAnchor="end">{props.xLabel}</text>
          <text className="chart-axis-title" x={frame.left} y={frame.top - size.fontPx * 0.5}>{props.yLabel}</text>
          {model.trails.map((t) => {
            const on = hovered === t.adcode;
            return (
              <g key={t.adcode} className="chart-series" opacity={hoverOpacity(t.adcode, hovered)} {...hoverProps(t.adcode)}>
                {t.paths.map((d, i) => <path key={i} d={d} stroke={t.color} strokeOpacity={0.55} strokeWidth={size.fontPx * 0.12} fill="none" />)}
                {t.dots.map((p) => (
                  <circle key={p.year} cx={p.x} cy={p.y} r={size.fontPx * 0.15} fill={t.color} fillOpacity={0.5}>
                    <title>{`${props.nameOf(t.adcode)} ${p.year}`}</title>
                  </circle>
                ))}
                {t.current && (
                  <>
                    {Math.hypot(t.current.x - t.current.exactX, t.current.y - t.current.exactY) > 1 && (
                      <line x1={t.current.exactX} y1={t.current.exactY} x2={t.current.x} y2={t.current.y} stroke={t.color} strokeWidth={1} />
                    )}
                    <circle cx={t.current.x} cy={t.current.y} r={size.fontPx * (on ? 0.6 : 0.45)} fill={t.color} stroke="#fff" strokeWidth={1.5} />
                    <text x={t.current.x + size.fontPx * 0.7} y={t.current.labelY} dy="0.32em" fill={t.color} fontWeight={on ? 600 : 400}>
                      {props.nameOf(t.adcode)}
                    </text>
                  </>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
