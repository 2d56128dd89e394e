/** Line chart of one indicator over the years for the comparison set, with dashed median references. */
import { useMemo } from 'react';
import { chartFrame } from './chart-frame';
import { buildLineChart, type ColoredSeries, type ReferenceLine } from './line-chart-model';
import { XLabels, YGrid } from './chart-axes';
import { useContainerSize } from './use-container-size';
import { hoverOpacity, hoverProps, useHoveredInSet } from './use-compare-hover';
import { endLabelMarginEm, fitLabel, placeEndLabels, referenceDash } from './series-marks';

/** Props of the line chart. */
export interface LineChartProps {
  years: readonly number[];
  series: readonly ColoredSeries[];
  references: readonly ReferenceLine[];
  format: (v: number) => string;
  /** Year marked with a rule (pane 0's year). */
  currentYear: number;
  /** Accessible name, e.g. "贫困发生率：折线". */
  label: string;
  /** Text of a mark's tooltip: county name, year and value (null = no data). */
  describe: (adcode: string, year: number, value: number | null) => string;
  /** Names written at the end of each county's line (so a line reads without matching hues to a legend). */
  nameOf?: (adcode: string) => string;
}

/** The widest an end label may be, in em (longer names are cut with "…"; the full name is in the dot tooltips). */
const END_LABEL_MAX_EM = 7;

/** The SVG chart, sized by its container. */
export function LineChart(props: LineChartProps) {
  const { years, series, references, format, currentYear } = props;
  const [ref, size] = useContainerSize();
  const hovered = useHoveredInSet(useMemo(() => series.map((s) => s.adcode), [series]));
  const nameOf = props.nameOf;
  const texts = useMemo(
    () => [...series.map((s) => (nameOf ? nameOf(s.adcode) : '')), ...references.map((r) => r.label)].map((t) => fitLabel(t, END_LABEL_MAX_EM - 0.8)),
    [series, references, nameOf],
  );
  const frame = useMemo(
    () => (size.widthPx > 0 ? chartFrame(size.widthPx, size.heightPx, size.fontPx, { right: endLabelMarginEm(texts, END_LABEL_MAX_EM) }) : null),
    [size, texts],
  );
  const model = useMemo(
    () => (frame ? buildLineChart(frame, years, series, references, format) : null),
    [frame, years, series, references, format],
  );
  const ends = useMemo(() => {
    if (!model || !frame) return [];
    const lines = model.lines.map((l, i) => ({ id: l.adcode, text: texts[i] ?? '', y: l.dots.at(-1)?.y ?? null }));
    const refs = model.references.map((r, i) => ({ id: `ref:${r.id}`, text: texts[series.length + i] ?? '', y: r.labelY }));
    return placeEndLabels([...lines, ...refs].filter((e) => e.text), frame.fontPx * 1.05, frame.top, frame.bottom);
  }, [model, frame, texts, series.length]);
  return (
    <div ref={ref} className="compare-chart" data-testid="compare-line-chart">
      {model && frame && (
        <svg width={size.widthPx} height={size.heightPx} role="img" aria-label={props.label}>
          <YGrid frame={frame} ticks={model.yTicks} />
          <XLabels frame={frame} ticks={model.xTicks} />
          {years.includes(currentYear) && (
            <line className="chart-current-year" x1={model.xOf(currentYear)} x2={model.xOf(currentYear)} y1={frame.top} y2={frame.bottom} />
          )}
          {model.references.map((r, k) => (
            <g key={r.id} className={`chart-reference chart-reference--${r.id === 'national' ? 'national' : 'province'}`} data-dash={referenceDash(k, frame.fontPx)}>
              {r.paths.map((d, i) => <path key={i} d={d} style={{ strokeDasharray: referenceDash(k, frame.fontPx) }} />)}
            </g>
          ))}
          {model.lines.map((l, i) => {
            const on = hovered === l.adcode;
            return (
              <g key={l.adcode} className="chart-series" opacity={hoverOpacity(l.adcode, hovered)} {...hoverProps(l.adcode)}>
                {l.paths.map((d, j) => <path key={j} d={d} stroke={l.color} strokeWidth={frame.fontPx * (on ? 0.28 : 0.15)} fill="none" />)}
                {l.dots.map((p) => (
                  <circle key={p.year} cx={p.x} cy={p.y} r={frame.fontPx * (on ? 0.32 : 0.22)} fill={l.color}>
                    <title>{props.describe(l.adcode, p.year, p.value)}</title>
                  </circle>
                ))}
                {l.missing.map((year) => (
                  // "No data" marks sit on the axis, staggered per county, so a gap is visible and never read as 0.
                  <text key={year} className="chart-missing" x={model.xOf(year)} y={frame.bottom - frame.fontPx * (0.3 + 0.45 * i)} fill={l.color} textAnchor="middle">
                    ×<title>{props.describe(l.adcode, year, null)}</title>
                  </text>
                ))}
              </g>
            );
          })}
          <g className="chart-end-labels" data-testid="line-end-labels">
            {ends.map((e) => {
              const line = model.lines.find((l) => l.adcode === e.id);
              const x = frame.right + frame.fontPx * 0.35;
              return (
                <g key={e.id} opacity={line ? hoverOpacity(line.adcode, hovered) : 1} {...(line ? hoverProps(line.adcode) : {})}>
                  {Math.abs(e.y - e.anchorY) > 2 && <line x1={frame.right} x2={x - 1} y1={e.anchorY} y2={e.y} stroke={line?.color ?? '#777'} strokeWidth={1} />}
                  <text x={x} y={e.y} dy="0.32em" fill={line?.color ?? '#555'} className={line ? 'chart-end-label' : 'chart-end-label chart-end-label--reference'}>
                    {e.text}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      )}
    </div>
  );
}
