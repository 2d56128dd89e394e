/**
 * The fund-flow Sankey: d3-sankey lays it out (funds-panel-model.ts), React draws the SVG. The root carries
 * `data-sankey` and `data-balanced="true"` once every node balances. A click (or Enter) on a node filters the map
 * to the counties it reaches; clicking it again clears the filter.
 */
import { useMemo } from 'react';
import type { CountyIndexJson } from '../../model/geo/county';
import type { Lang } from '../../model/view/view-state';
import { fenToWanText, layoutSankey, nodeName, type FundsFlow } from './funds-panel-model';
import { fundsText } from './funds-strings';

const WIDTH_PX = 360;
const ROW_PX = 15;
const MIN_HEIGHT_PX = 280;
const NODE_COLOURS: Record<string, string> = { source: '#3b6ea8', purpose: '#7a5ea8', programme: '#c07a2c', place: '#4a8a5c' };

/** Props: the flow, names, the node picked and what a click does. */
export interface SankeyChartProps {
  flow: FundsFlow;
  lang: Lang;
  index: CountyIndexJson | null;
  selectedNode: string | null;
  onPick: (nodeId: string) => void;
}

/** The chart. */
export function SankeyChart({ flow, lang, index, selectedNode, onPick }: SankeyChartProps) {
  const { graph, imbalances } = flow;
  const columnCounts = [0, 0, 0, 0];
  const column: Record<string, number> = { source: 0, purpose: 1, programme: 2, place: 3 };
  for (const n of graph.nodes) columnCounts[column[n.kind]!]! += 1;
  const heightPx = Math.max(MIN_HEIGHT_PX, Math.max(...columnCounts) * ROW_PX);
  const laid = useMemo(() => layoutSankey(graph, WIDTH_PX, heightPx), [graph, heightPx]);
  const balanced = imbalances.length === 0 && graph.nodes.length > 0;
  const lit = (id: string) => selectedNode === null || selectedNode === id;
  return (
    <figure className="funds-sankey" data-sankey="" data-balanced={balanced ? 'true' : 'false'} data-testid="funds-sankey" data-level={graph.level} data-total-fen={graph.totalFen}>
      <svg viewBox={`0 0 ${WIDTH_PX} ${heightPx}`} width="100%" role="img" aria-label={fundsText(lang, 'sankeyLabel', { year: graph.year })}>
        <g fill="none" strokeOpacity={0.35}>
          {laid.links.map((l) => (
            <path key={`${l.source}>${l.target}`} d={l.path} stroke={NODE_COLOURS.purpose} strokeWidth={l.widthPx} opacity={lit(l.source) || lit(l.target) ? 1 : 0.25}>
              <title>{`${nodeName(graph.nodes.find((n) => n.id === l.source) ?? { kind: 'source', key: l.source }, graph.year, lang, index)} → ${nodeName(graph.nodes.find((n) => n.id === l.target) ?? { kind: 'place', key: l.target }, graph.year, lang, index)}: ${fenToWanText(l.valueFen, lang)}`}</title>
            </path>
          ))}
        </g>
        {laid.nodes.map((n) => {
          const name = nodeName(n, graph.year, lang, index);
          const right = n.x0 > WIDTH_PX / 2;
          return (
            <g
              key={n.id}
              role="button"
              tabIndex={0}
              aria-pressed={selectedNode === n.id}
              data-node={n.id}
              className="funds-sankey__node"
              onClick={() => onPick(n.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPick(n.id);
                }
              }}
            >
              <title>{fundsText(lang, 'nodeTitle', { name, amount: fenToWanText(n.valueFen, lang) })}</title>
              <rect x={n.x0} y={n.y0} width={n.x1 - n.x0} height={Math.max(1, n.y1 - n.y0)} fill={NODE_COLOURS[n.kind]} opacity={lit(n.id) ? 1 : 0.35} stroke={selectedNode === n.id ? '#000' : 'none'} />
              {n.y1 - n.y0 >= 7 && (
                <text x={right ? n.x0 - 3 : n.x1 + 3} y={(n.y0 + n.y1) / 2} dy="0.35em" textAnchor={right ? 'end' : 'start'} fontSize={9}>
                  {name.length > 14 ? `${name.slice(0, 13)}…` : name}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption data-testid="funds-balance" className={balanced ? 'funds-ok' : 'funds-bad'}>
        {balanced ? fundsText(lang, 'balanced') : fundsText(lang, 'unbalanced', { n: imbalances.length })}
      </figcaption>
    </figure>
  );
}
