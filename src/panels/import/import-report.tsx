/** The report after a run: file facts, match summary, validation counts and the row list. */
import type { ImportResult } from '../../data/import/run-import';
import { formatBytes, issueItems, summaryItems } from './import-panel-model';
import { ImportRows } from './import-rows';
import { useImportText } from './use-import-text';

/** The match summary, validation and rows of one result. */
export function ImportReport({ result, onChoose }: { result: ImportResult; onChoose?: (matchKey: string, adcode: string) => void }) {
  const it = useImportText();
  const s = result.summary;
  const issues = issueItems(result);
  const years = s.years.length === 0 ? '—' : s.years.length === 1 ? String(s.years[0]) : `${s.years[0]}–${s.years[s.years.length - 1]}`;
  const f = result.file;
  return (
    <div className="import-report" data-testid="import-report">
      <p className="import-muted">
        {it('fileInfo', {
          file: `${f.name}, ${formatBytes(f.size)}`,
          format: f.format ?? '?',
          encoding: f.encoding ? `, ${f.encoding}` : '',
          ms: Math.round(result.elapsedMs),
        })}
      </p>
      <section>
        <h3>{it('summary')}</h3>
        <ul className="import-summary" data-testid="import-summary">
          {summaryItems(result).map((item) => (
            <li key={item.key} className={`import-summary__${item.key}`} data-key={item.key}>
              <strong>{item.n.toLocaleString()}</strong> {it(`status_${item.key}`)}
            </li>
          ))}
        </ul>
        {/* A labour long table builds no indicators: the dialog says what it read instead (import-labour-table). */}
        {!result.labourTable && <p>{it('counties', { n: s.counties, ind: s.indicators, attr: s.attributes, years })}</p>}
        {result.malformed.map((m) => (
          <p key={`${m.sheet ?? ''}${m.fromLine}`} className="import-warning" data-testid="import-malformed">
            {it('malformedSpan', { from: m.fromLine, to: m.toLine })}
          </p>
        ))}
        {result.hiddenSheets.length > 0 && (
          <p className="import-muted" data-testid="import-hidden-sheets">
            {it('hiddenSheets', { names: result.hiddenSheets.map((h) => h.name).join('、') })}
          </p>
        )}
      </section>
      <section>
        <h3>{it('issues')}</h3>
        {issues.length === 0 ? (
          <p className="import-muted">{it('noIssues')}</p>
        ) : (
          <ul className="import-issues" data-testid="import-issues">
            {issues.map((i) => (
              <li key={i.kind}>{it(`issue_${i.kind}`)}: {i.n}</li>
            ))}
          </ul>
        )}
        {result.issues.length > 0 && (
          <details>
            <summary>{it('issues')} ({result.issues.length})</summary>
            <ul className="import-issues__list">
              {result.issues.slice(0, 200).map((i, k) => (
                <li key={k}>
                  {it('line')} {i.line}{i.sheet ? ` (${i.sheet})` : ''}{i.column ? ` · ${i.column}` : ''}: {it(`issue_${i.kind}`)} — {i.detail}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <ImportRows rows={result.rows} omitted={result.rowsOmitted} {...(onChoose ? { onChoose } : {})} />
    </div>
  );
}
