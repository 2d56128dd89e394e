/**
 * The risk tab: the register (stored in IndexedDB), a form to add or edit an entry, export and import as JSON or
 * CSV (a bad file changes nothing and says what is wrong), and whether the browser keeps the storage.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { createEmptyRiskDraft, isRiskOverdue, LIVE_RISK_STATUSES, type RiskDraft } from '../../model/risks/risk-entry';
import { riskRegisterToCsv, riskRegisterToJson } from '../../model/risks/risk-files';
import { addRiskCategory, addRiskEntry, deleteRiskEntry, ensureRiskRegister, importRiskFile, updateRiskEntry } from '../../selectors/risk-register-actions';
import { downloadText } from '../ranking/download-text';
import { FileButton } from '../common/file-button';
import { fieldsOfDraft } from './risk-form-model';
import { RiskForm } from './risk-form';
import { RiskList } from './risk-list';
import { risksText } from './risks-strings';
import './risks-panel.css';

/** The register panel. */
export function RisksPanel() {
  const lang = useAppStore((s) => s.view.lang);
  const risks = useAppStore((s) => s.risks);
  const index = useAppStore((s) => s.geo.index);
  const selection = useAppStore((s) => s.view.selection);
  const datasets = useAppStore((s) => s.data.datasets);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => void ensureRiskRegister(), []);
  const t = (k: Parameters<typeof risksText>[1], p?: Record<string, string | number>) => risksText(lang, k, p);
  const today = new Date().toISOString().slice(0, 10);
  const { entries, categories } = risks.register;
  const indicatorIds = useMemo(() => datasets.flatMap((d) => d.manifest.indicators.map((i) => `${d.id}:${i.id}`)), [datasets]);
  const live = entries.filter((e) => LIVE_RISK_STATUSES.includes(e.status)).length;
  const overdue = entries.filter((e) => isRiskOverdue(e, today)).length;
  const editedEntry = editing && editing !== 'new' ? entries.find((e) => e.id === editing) : undefined;

  const submit = async (draft: RiskDraft): Promise<string | null> => {
    const error = editedEntry ? await updateRiskEntry(editedEntry.id, draft) : await addRiskEntry(draft).then((r) => ('error' in r ? r.error : null));
    if (error === null) setEditing(null);
    return error;
  };

  return (
    <section className="risks-panel" aria-label={t('title')} data-testid="risks-panel" data-status={risks.status}>
      <h2>{t('title')}</h2>
      {risks.status === 'loading' && <p className="funds-muted">{t('loading')}</p>}
      {risks.error && <p role="alert" className="risk-form__error">{t('storeError', { detail: risks.error })}</p>}
      {risks.persisted !== null && <p className="funds-muted" data-testid="risk-persisted" data-persisted={risks.persisted}>{risks.persisted ? t('persisted') : t('notPersisted')}</p>}
      <p className="funds-muted" data-testid="risk-count">{t('count', { n: entries.length, live, overdue })}</p>
      <div className="risk-toolbar">
        <button type="button" data-testid="risk-new" disabled={risks.status !== 'ready' || editing !== null} onClick={() => setEditing('new')}>{t('add')}</button>
        <button type="button" data-testid="risk-export-json" onClick={() => downloadText('risk-register.json', riskRegisterToJson(risks.register), 'application/json')}>{t('exportJson')}</button>
        <button type="button" data-testid="risk-export-csv" onClick={() => downloadText('risk-register.csv', riskRegisterToCsv(risks.register))}>{t('exportCsv')}</button>
        <FileButton
          label={t('importFile')}
          accept=".json,.csv,application/json,text/csv"
          testId="risk-import-file"
          disabled={risks.status !== 'ready'}
          onFile={(file) =>
            void file.text().then((text) => importRiskFile(text, file.name)).then((r) =>
              setMessage('error' in r ? { ok: false, text: t('importFailed', { detail: r.error }) } : { ok: true, text: t('imported', { n: r.count }) }),
            )
          }
        />
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} data-testid="risk-import-message">{message.text}</p>}
      {editing !== null && (
        <RiskForm
          key={editing}
          lang={lang}
          editing={Boolean(editedEntry)}
          initial={fieldsOfDraft(editedEntry ?? createEmptyRiskDraft())}
          index={index}
          categories={categories}
          selection={selection}
          indicatorIds={indicatorIds}
          onSubmit={submit}
          onCancel={() => setEditing(null)}
          onAddCategory={(name) => void addRiskCategory({ id: `office_${Date.now().toString(36)}`, name: { zh: name, en: name } })}
        />
      )}
      <RiskList
        lang={lang}
        entries={entries}
        categories={categories}
        index={index}
        today={today}
        onEdit={(id) => setEditing(id)}
        onDelete={(entry) => {
          if (window.confirm(t('confirmRemove', { title: entry.title }))) void deleteRiskEntry(entry.id);
        }}
      />
    </section>
  );
}
