/**
 * The project file: export one `.tandem.json` with every registered section, or open one — it is read and checked
 * whole first, then the user sees what it brings (and which dataset ids come in as copies) and confirms. A bad file
 * changes nothing and says what was wrong.
 */
import { useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { projectFileName, projectFileText, type ProjectPlan, type ProjectRegistry } from '../../model/project/project-file';
import { exportText } from './export-strings';
import { downloadBlob } from './download-blob';

/** Props: the app's section registry. */
export interface ProjectFileSectionProps {
  registry: () => ProjectRegistry;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'plan'; plan: ProjectPlan; file: string }
  | { kind: 'error'; message: string }
  | { kind: 'done'; message: string };

/** The project-file section of the share dialog. */
export function ProjectFileSection({ registry }: ProjectFileSectionProps) {
  const lang = useAppStore((s) => s.view.lang);
  const push = useAppStore((s) => s.noticeActions.push);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const save = async (): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const now = new Date();
      const envelope = await registry().exportProject(now);
      const file = projectFileName(now);
      downloadBlob(file, new Blob([projectFileText(envelope)], { type: 'application/json' }));
      setState({ kind: 'done', message: exportText(lang, 'projectSaved', { file }) });
    } catch (error) {
      setState({ kind: 'error', message: exportText(lang, 'failedOther', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const open = async (file: File): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const plan = await registry().readProject(await file.text());
      setState({ kind: 'plan', plan, file: file.name });
    } catch (error) {
      setState({ kind: 'error', message: exportText(lang, 'projectInvalid', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const apply = async (plan: ProjectPlan, file: string): Promise<void> => {
    setState({ kind: 'busy' });
    const problems = await registry().applyProject(plan);
    if (problems.length) push('warning', exportText(lang, 'projectPartly', { detail: problems.join('; ') }));
    setState({ kind: 'done', message: exportText(lang, 'projectImported', { file }) });
  };
  return (
    <section className="export-section" aria-labelledby="project-heading" data-testid="project-file">
      <h3 id="project-heading">{exportText(lang, 'project')}</h3>
      <p className="export-hint">{exportText(lang, 'projectHint')}</p>
      <div className="export-actions">
        <button type="button" onClick={() => void save()} disabled={state.kind === 'busy'} data-testid="project-export">
          {exportText(lang, 'exportProject')}
        </button>
        <button type="button" onClick={() => input.current?.click()} disabled={state.kind === 'busy'} data-testid="project-open">
          {exportText(lang, 'openProject')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="project-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void open(file);
          }}
        />
      </div>
      {state.kind === 'plan' && (
        <div className="project-plan" data-testid="project-plan">
          <p>
            {exportText(lang, 'projectSummary', {
              view: exportText(lang, state.plan.counts['view'] ? 'yes' : 'no'),
              views: state.plan.counts['saved-views'] ?? 0,
              datasets: state.plan.counts['datasets'] ?? 0,
            })}
          </p>
          {(state.plan.counts['matching-tables'] ?? 0) > 0 && (
            <p role="note" data-testid="project-matching-tables">{exportText(lang, 'projectMatchingTables', { n: state.plan.counts['matching-tables'] ?? 0 })}</p>
          )}
          {state.plan.conflicts.map((c) => (
            <p key={c.section} role="note" data-testid="project-conflicts">
              {exportText(lang, 'projectConflicts', { ids: c.items.join(', ') })}
            </p>
          ))}
          {state.plan.unknown.length > 0 && <p role="note">{exportText(lang, 'sectionsSkipped', { ids: state.plan.unknown.join(', ') })}</p>}
          <div className="export-actions">
            <button type="button" onClick={() => void apply(state.plan, state.file)} data-testid="project-apply">
              {exportText(lang, 'importProject')}
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              {exportText(lang, 'cancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'error' && (
        <p role="alert" className="export-error" data-testid="project-error">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <p role="status" data-testid="project-done">
          {state.message}
        </p>
      )}
    </section>
  );
}
