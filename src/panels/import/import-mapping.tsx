/** The detected table and its column roles as editable selects; "re-run" sends the edits as overrides. */
import type { ColumnRole, ValueUnitGuess } from '../../data/import/import-types';
import type { TableInfo } from '../../data/import/run-import';
import { editedColumns, headerRowIndex, needsYear, ROLE_OPTIONS, UNIT_OPTIONS, type ColumnEdit } from './import-panel-model';
import { useImportText } from './use-import-text';

/** Props of the mapping editor. */
export interface ImportMappingProps {
  table: TableInfo;
  /** Sheets the file has (spreadsheets with several tables). */
  sheets: string[];
  edits: Record<number, ColumnEdit>;
  onEdit: (index: number, edit: ColumnEdit) => void;
  year: string;
  onYear: (year: string) => void;
  headerRow: string;
  onHeaderRow: (row: string) => void;
  sheet: string;
  onSheet: (sheet: string) => void;
  onRerun: () => void;
  /** A long table for the matching tab has no years: no year prompt (its skill, group and value are read from the cells). */
  longTable?: boolean;
}

/** The table summary and one row of selects per column. */
export function ImportMapping(props: ImportMappingProps) {
  const it = useImportText();
  const { table } = props;
  const mapping = table.mapping;
  const guessedHeader = headerRowIndex(table);
  return (
    <section className="import-mapping" data-testid="import-mapping">
      <h3>{it('table')}</h3>
      <dl className="import-mapping__facts">
        {table.sheet !== null && (
          <>
            <dt>{it('sheet')}</dt>
            <dd>
              {props.sheets.length > 1 ? (
                <select value={props.sheet || table.sheet} onChange={(e) => props.onSheet(e.target.value)}>
                  {props.sheets.map((s) => (
                    <option key={s} value={s}>{s}</option>
                  ))}
                </select>
              ) : (
                table.sheet
              )}
            </dd>
          </>
        )}
        <dt>{it('headerRow')}</dt>
        <dd>
          <input
            type="number"
            min={1}
            className="import-mapping__small"
            value={props.headerRow || (guessedHeader === null ? '' : String(guessedHeader + 1))}
            onChange={(e) => props.onHeaderRow(e.target.value)}
            aria-label={it('headerRow')}
          />
          {table.layout && <span className="import-muted"> ({table.layout.headerLines.join(', ')})</span>}
        </dd>
        {mapping && (
          <>
            <dt>{it('layout')}</dt>
            <dd data-testid="import-layout">{it(`layout_${mapping.layout}`)}</dd>
          </>
        )}
      </dl>
      {mapping && (
        <table className="import-mapping__columns">
          <thead>
            <tr>
              <th>{it('column')}</th>
              <th>{it('role')}</th>
              <th>{it('indicator')}</th>
              <th>{it('year')}</th>
              <th>{it('unit')}</th>
            </tr>
          </thead>
          <tbody>
            {editedColumns(mapping, props.edits).map((c) => (
              <tr key={c.index} className={c.edited ? 'import-mapping__edited' : undefined}>
                <td className="import-mapping__header" title={c.header}>{c.header}</td>
                <td>
                  <select
                    value={c.role}
                    data-testid={`import-role-${c.index}`}
                    aria-label={`${it('role')}: ${c.header}`}
                    onChange={(e) => props.onEdit(c.index, { role: e.target.value as ColumnRole })}
                  >
                    {ROLE_OPTIONS.map((r) => (
                      <option key={r} value={r}>{it(`role_${r}`)}</option>
                    ))}
                  </select>
                </td>
                {c.role === 'attribute' ? (
                  <>
                    <td>
                      <input value={c.indicator ?? ''} onChange={(e) => props.onEdit(c.index, { indicator: e.target.value })} aria-label={it('indicator')} />
                    </td>
                    <td />
                    <td>
                      <select value={c.unit ?? 'other'} onChange={(e) => props.onEdit(c.index, { unit: e.target.value as ValueUnitGuess })} aria-label={it('unit')}>
                        {UNIT_OPTIONS.map((u) => (
                          <option key={u} value={u}>{u}</option>
                        ))}
                      </select>
                    </td>
                  </>
                ) : c.role === 'value' ? (
                  <>
                    <td>
                      <input value={c.indicator ?? ''} onChange={(e) => props.onEdit(c.index, { indicator: e.target.value })} aria-label={it('indicator')} />
                    </td>
                    <td>
                      <input
                        type="number"
                        className="import-mapping__small"
                        value={c.year ?? ''}
                        onChange={(e) => props.onEdit(c.index, e.target.value === '' ? {} : { year: Number(e.target.value) })}
                        aria-label={it('year')}
                      />
                    </td>
                    <td>
                      <select value={c.unit ?? 'other'} onChange={(e) => props.onEdit(c.index, { unit: e.target.value as ValueUnitGuess })} aria-label={it('unit')}>
                        {UNIT_OPTIONS.map((u) => (
                          <option key={u} value={u}>{u}</option>
                        ))}
                      </select>
                      {c.fractionShare && (
                        <label className="import-mapping__pct">
                          <input type="checkbox" checked={(c.scale ?? 1) === 100} onChange={(e) => props.onEdit(c.index, { scale: e.target.checked ? 100 : 1, unit: 'percent' })} />
                          {it('asPercent')}
                        </label>
                      )}
                    </td>
                  </>
                ) : (
                  <td colSpan={3} />
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!props.longTable && needsYear(table) && (
        <label className="import-mapping__year">
          {it('yearForValues')}
          <input type="number" min={1990} max={2100} value={props.year} onChange={(e) => props.onYear(e.target.value)} data-testid="import-year" />
        </label>
      )}
      <button type="button" onClick={props.onRerun} data-testid="import-rerun">{it('rerun')}</button>
    </section>
  );
}
