/**
 * The import dialog: choose a file, watch it stream through the worker (progress, cancel), correct the guessed
 * mapping and re-run, read the report, then commit. Loaded lazily (React.lazy) with the worker client.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { ImportClient } from '../../data/import-client';
import { commitImport, type LibraryDeps } from '../../data/dataset-library';
import type { ImportOverrides, ImportProgress } from '../../data/import/import-types';
import type { ImportResult } from '../../data/import/run-import';
import { localText } from '../../i18n/translate';
import { useAppStore } from '../../store/app-store';
import { ImportDropZone } from './import-drop-zone';
import { ImportMapping } from './import-mapping';
import { buildOverrides, formatBytes, progressFraction, type ColumnEdit } from './import-panel-model';
import { ImportReport } from './import-report';
import { useImportText } from './use-import-text';
import type { ImportTarget } from '../../data/import/labour-long-rows';
import { commitAppIndustryTable, commitAppLabourTable } from '../../selectors/matching-labour-tables';
import { skippedText } from '../../model/matching/labour-imported';
import type { LabourImportOutcome } from '../../data/matching-labour-import';
import type { IndustryImportOutcome } from '../../data/matching-industry-import';

/** What the dialog can import a file as (the select's values). */
type TargetChoice = 'dataset' | 'labour-supply' | 'local-vacancies' | 'industry-endowment' | 'industry-county-measures';

function targetOf(choice: TargetChoice): ImportTarget {
  if (choice === 'industry-endowment') return { kind: 'industry-long', measure: 'endowment' };
  if (choice === 'industry-county-measures') return { kind: 'industry-long', measure: 'county-measures' };
  return choice === 'dataset' ? { kind: 'dataset' } : { kind: 'labour-long', measure: choice === 'labour-supply' ? 'supply' : 'local-vacancies' };
}

/**
 * Row reports the worker sends back in full (all rows are counted in the summary). Each report is a small object
 * the main thread must deserialise in one go when the run ends; 5,000 keep that well under a 50 ms task
 * on a slow machine; bigger files list their first 5,000 rows and count the rest.
 */
const ROW_REPORT_LIMIT = 5_000;

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; fileName: string; progress: ImportProgress | null; cancel: () => void }
  | { kind: 'done'; result: ImportResult };

/** Props: closing the dialog, and the dataset library wired to the app (src/app/dataset-boot.ts). */
export interface ImportPanelProps {
  onClose: () => void;
  libraryDeps: () => LibraryDeps;
  /** The page's import client (a worker), wired to the loaded county index by the app. */
  importClient: () => ImportClient;
}

/** The import dialog (a modal over the app). */
export function ImportPanel({ onClose, libraryDeps, importClient }: ImportPanelProps) {
  const it = useImportText();
  const lang = useAppStore((s) => s.view.lang);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [file, setFile] = useState<File | null>(null);
  const [overrides, setOverrides] = useState<ImportOverrides>({});
  const [edits, setEdits] = useState<Record<number, ColumnEdit>>({});
  const [year, setYear] = useState('');
  const [headerRow, setHeaderRow] = useState('');
  const [sheet, setSheet] = useState('');
  const [committing, setCommitting] = useState(false);
  const [target, setTarget] = useState<TargetChoice>('dataset');
  const running = useRef<(() => void) | null>(null);

  // Closing the dialog stops a running import.
  useEffect(() => () => running.current?.(), []);

  const run = async (f: File, next: ImportOverrides, choice: TargetChoice = target) => {
    const takenIds = useAppStore.getState().data.datasets.map((d) => d.id);
    const handle = importClient().run(f, f.name, {
      target: targetOf(choice),
      overrides: next,
      takenIds,
      rowReportLimit: ROW_REPORT_LIMIT,
      // Transitions: React renders these in short slices, so a big report never blocks the page in one task.
      onProgress: (progress) => startTransition(() => setPhase((p) => (p.kind === 'running' ? { ...p, progress } : p))),
    });
    running.current = handle.cancel;
    setPhase({ kind: 'running', fileName: f.name, progress: null, cancel: handle.cancel });
    const result = await handle.result;
    running.current = null;
    startTransition(() => setPhase({ kind: 'done', result }));
  };

  const chooseFile = (f: File) => {
    setFile(f);
    setOverrides({});
    setEdits({});
    setYear('');
    setHeaderRow('');
    setSheet('');
    void run(f, {});
  };

  const rerun = (chosen?: { matchKey: string; adcode: string }) => {
    if (!file) return;
    const next = buildOverrides(overrides, edits, {
      year: year === '' ? null : Number(year),
      headerRow: headerRow === '' ? null : Math.max(0, Number(headerRow) - 1),
      sheet: sheet || null,
      ...(chosen ? { chosen } : {}),
    });
    setOverrides(next);
    setEdits({});
    void run(file, next);
  };

  const chooseTarget = (choice: TargetChoice) => {
    setTarget(choice);
    if (file && phase.kind !== 'running') void run(file, overrides, choice);
  };

  // A labour or industry table goes to the matching worker, which checks it fits before the plans use it; a
  // refusal leaves the dialog open and the data in use unchanged.
  const commitMatching = async (result: ImportResult) => {
    const industry = result.industryTable !== null;
    if (!result.labourTable && !result.industryTable) return;
    setCommitting(true);
    const outcome: LabourImportOutcome | IndustryImportOutcome = result.industryTable ? await commitAppIndustryTable(result.industryTable) : await commitAppLabourTable(result.labourTable!);
    setCommitting(false);
    const { noticeActions } = useAppStore.getState();
    if (!outcome.ok) {
      noticeActions.push('error', it('labourRefused', { detail: localText(lang, outcome.error) }));
      return;
    }
    const why = localText(lang, skippedText(outcome.check.skipped));
    noticeActions.push('info', it(industry ? 'industryCommitted' : 'labourCommitted', {
      file: outcome.check.fileName, applied: outcome.check.applied, counties: outcome.check.counties,
      skipped: why ? it('labourSkipped', { detail: why }) : '',
    }));
    if (outcome.saveError !== null) noticeActions.push('warning', it(industry ? 'industryNotSaved' : 'labourNotSaved', { file: outcome.check.fileName, detail: outcome.saveError }));
    useAppStore.getState().viewActions.apply((v) => ({ ...v, sideTab: 'match', matching: { ...v.matching, mode: industry ? 'industry' : 'labour' } }));
    onClose();
  };

  const commit = async (result: ImportResult) => {
    setCommitting(true);
    const outcome = await commitImport(result, libraryDeps());
    setCommitting(false);
    const { noticeActions, viewActions } = useAppStore.getState();
    const name = result.dataset ? localText(lang, result.dataset.manifest.name) : '';
    if (outcome.status === 'rejected') {
      noticeActions.push('error', it('commitFailed', { detail: outcome.reason }));
      return;
    }
    noticeActions.push(outcome.saved ? 'info' : 'warning', outcome.saved ? it('committed', { name }) : it('notSaved', { name, detail: outcome.saveError }));
    // Show the new data at once: its first indicator, latest year, on the first map.
    const first = result.dataset?.manifest.indicators[0];
    if (first) {
      viewActions.setPaneIndicator(0, `${outcome.id}:${first.id}`);
      const last = first.years[first.years.length - 1];
      if (last !== undefined) viewActions.setPaneYear(0, last);
    }
    onClose();
  };

  const fraction = phase.kind === 'running' ? progressFraction(phase.progress) : null;
  const result = phase.kind === 'done' ? phase.result : null;
  const table = result?.tables.find((t) => t.mapping) ?? result?.tables[0] ?? null;
  const sheets = (result?.tables ?? []).map((t) => t.sheet).filter((s): s is string => s !== null);

  return (
    <div className="import-overlay" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <header className="import-dialog__header">
          <h2 id="import-title">{it('title')}</h2>
          <button type="button" onClick={onClose} aria-label={it('close')} data-testid="import-close">×</button>
        </header>
        <div className="import-dialog__body">
          <label className="import-target">
            {it('target')}{' '}
            <select value={target} onChange={(e) => chooseTarget(e.target.value as TargetChoice)} disabled={phase.kind === 'running'} data-testid="import-target">
              <option value="dataset">{it('targetDataset')}</option>
              <option value="labour-supply">{it('targetLabourSupply')}</option>
              <option value="local-vacancies">{it('targetLocalVacancies')}</option>
              <option value="industry-endowment">{it('targetIndustryEndowment')}</option>
              <option value="industry-county-measures">{it('targetIndustryMeasures')}</option>
            </select>
          </label>
          <ImportDropZone onFile={chooseFile} disabled={phase.kind === 'running'} />
          {phase.kind === 'running' && (
            <div className="import-progress" data-testid="import-progress">
              <p>{it('reading', { file: phase.fileName })}</p>
              <progress max={1} value={fraction ?? undefined} />
              {phase.progress && (
                <p className="import-muted">
                  {it('progress', {
                    phase: it(`phase_${phase.progress.phase}`),
                    read: formatBytes(phase.progress.bytesRead),
                    total: formatBytes(phase.progress.totalBytes),
                    rows: phase.progress.rows.toLocaleString(),
                  })}
                </p>
              )}
              <button type="button" onClick={phase.cancel} data-testid="import-cancel">{it('cancel')}</button>
            </div>
          )}
          {result?.error && (
            <div className="import-error" role="alert" data-testid="import-error">
              <strong>{it('failed')}</strong>: {localText(lang, result.error.message)} {it('untouched')}
            </div>
          )}
          {result && table && (
            <ImportMapping
              table={table}
              sheets={sheets}
              edits={edits}
              onEdit={(index, edit) => setEdits((e) => ({ ...e, [index]: { ...(e[index] ?? {}), ...edit } }))}
              year={year}
              onYear={setYear}
              headerRow={headerRow}
              onHeaderRow={setHeaderRow}
              sheet={sheet}
              onSheet={setSheet}
              onRerun={() => rerun()}
              longTable={target !== 'dataset'}
            />
          )}
          {result?.labourTable && !result.error && (
            <p className="import-muted" data-testid="import-labour-table">
              {it('labourTableInfo', {
                skill: result.labourTable.columns.skill,
                group: result.labourTable.columns.group === null ? '' : it('labourTableGroup', { group: result.labourTable.columns.group }),
                value: result.labourTable.columns.value,
                rows: result.labourTable.rows.length,
                counties: result.summary.counties,
              })}
            </p>
          )}
          {result?.industryTable && !result.error && (
            <p className="import-muted" data-testid="import-industry-table">
              {result.industryTable.columns.shape === 'long'
                ? it('industryTableLong', { key: result.industryTable.columns.key, value: result.industryTable.columns.value, rows: result.industryTable.rows.length, counties: result.summary.counties })
                : it('industryTableWide', { keys: result.industryTable.columns.keys.join(lang === 'en' ? ', ' : '、'), rows: result.industryTable.rows.length, counties: result.summary.counties })}
            </p>
          )}
          {result && result.summary.rows > 0 && <ImportReport result={result} onChoose={(matchKey, adcode) => rerun({ matchKey, adcode })} />}
        </div>
        {(result?.labourTable || result?.industryTable) && !result.error && (
          <footer className="import-dialog__footer">
            <button type="button" className="import-commit" disabled={committing} onClick={() => void commitMatching(result)} data-testid={result.industryTable ? 'import-commit-industry' : 'import-commit-labour'}>
              {it(result.industryTable ? 'commitIndustry' : 'commitLabour')}
            </button>
          </footer>
        )}
        {result?.dataset && !result.error && (
          <footer className="import-dialog__footer">
            <button type="button" className="import-commit" disabled={committing} onClick={() => void commit(result)} data-testid="import-commit">
              {it('commit')}
            </button>
          </footer>
        )}
      </div>
    </div>
  );
}
