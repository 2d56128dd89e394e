/**
 * The assignments of plan A as a virtualised table: a fixed row height and only the rows in view (plus a margin)
 * are built, so tens of thousands of flows scroll without building tens of thousands of rows.
 */
import { memo, useState, type UIEvent } from 'react';
import type { Lang } from '../../model/view/view-state';
import type { MatchingResult } from '../../data/matching-messages';
import { destText, formatNumber, groupText, labourRow, rowCount, skillText, type PlaceNamer } from './matching-model';
import { matchingText } from './matching-strings';

const ROW_PX = 28;
const VIEW_PX = 280;
const MARGIN_ROWS = 8;

/** Props of the table: the plan and the selected row; `onSelect` should be stable (the table is memoised). */
export interface MatchingTableProps {
  lang: Lang;
  namer: PlaceNamer;
  r: MatchingResult;
  selected: number | null;
  onSelect: (row: number) => void;
}

/** The table; clicking a row opens its explanation. Re-renders only when its own props change. */
export const MatchingTable = memo(function MatchingTable({ lang, namer, r, selected, onSelect }: MatchingTableProps) {
  const [top, setTop] = useState(0);
  const count = rowCount(r);
  const first = Math.max(0, Math.floor(top / ROW_PX) - MARGIN_ROWS);
  const last = Math.min(count, Math.ceil((top + VIEW_PX) / ROW_PX) + MARGIN_ROWS);
  const rows: React.ReactNode[] = [];
  for (let i = first; i < last; i++) {
    let cells: string[];
    if (r.kind === 'labour') {
      const f = labourRow(r, i);
      cells = [namer.name(f.county), destText(lang, namer, f.destKind, f.dest), skillText(lang, f.skill), groupText(lang, f.group), formatNumber(lang, f.people), formatNumber(lang, f.utility.total)];
    } else {
      const f = r.plan.flows[i]!;
      cells = [`${f.enterprise} ${namer.name(f.city)}`, f.sector, namer.name(f.county), formatNumber(lang, f.share, 2), formatNumber(lang, f.jobs), formatNumber(lang, f.fit.fit, 2)];
    }
    rows.push(
      <tr
        key={i}
        style={{ position: 'absolute', top: i * ROW_PX, height: ROW_PX, left: 0, right: 0, display: 'flex' }}
        aria-rowindex={i + 2}
        aria-selected={selected === i}
        data-testid="matching-row"
        tabIndex={0}
        onClick={() => onSelect(i)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') onSelect(i);
        }}
      >
        {cells.map((c, k) => <td key={k} style={{ flex: k < 2 ? 2 : 1 }}>{c}</td>)}
      </tr>,
    );
  }
  const head = r.kind === 'labour'
    ? (['colFrom', 'colTo', 'colSkill', 'colGroup', 'colPeople', 'colUtility'] as const)
    : (['colEnterprise', 'colSector', 'colCounty', 'colPeople', 'jobsCreated', 'colFit'] as const);
  return (
    <div className="matching__table">
      <p>{matchingText(lang, 'rows', { n: formatNumber(lang, count) })}</p>
      <table role="grid" aria-label={matchingText(lang, 'tableLabel')} aria-rowcount={count + 1} style={{ display: 'block', width: '100%' }}>
        <thead style={{ display: 'block' }}>
          <tr style={{ display: 'flex' }}>{head.map((h, k) => <th key={h} style={{ flex: k < 2 ? 2 : 1 }}>{matchingText(lang, h)}</th>)}</tr>
        </thead>
        <tbody
          style={{ display: 'block', position: 'relative', height: VIEW_PX, overflowY: 'auto' }}
          onScroll={(e: UIEvent<HTMLElement>) => setTop(e.currentTarget.scrollTop)}
          data-testid="matching-table-body"
        >
          <tr style={{ display: 'block', height: count * ROW_PX }} aria-hidden="true" />
          {rows}
        </tbody>
      </table>
    </div>
  );
});
