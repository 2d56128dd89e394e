/** The user's imported datasets: provenance, rename, remove and CSV re-export. Names render as text only. */
import { useState } from 'react';
import { loadChangesJson } from '../../data/browser-import-client';
import { datasetExportFileName, datasetToCsv } from '../../data/dataset-export';
import { datasetFiles, removeDataset, renameDataset, type LibraryDeps } from '../../data/dataset-library';
import { localText } from '../../i18n/translate';
import { parseAdcodeChangeList } from '../../model/geo/adcode-change';
import { createCurrentCodeOf } from '../../model/geo/current-adcode';
import type { DatasetEntry } from '../../store/data-slice';
import { useAppStore } from '../../store/app-store';
import { downloadText } from '../ranking/download-text';
import { useImportText } from './use-import-text';

async function exportDataset(entry: DatasetEntry): Promise<void> {
  const { geo, view, noticeActions } = useAppStore.getState();
  const files = datasetFiles(entry.id);
  if (!geo.index || !files) return;
  let currentCodeOf = (adcode: string) => adcode;
  try {
    currentCodeOf = createCurrentCodeOf(parseAdcodeChangeList(await loadChangesJson()));
  } catch (error) {
    noticeActions.push('warning', String(error));
  }
  const now = new Date();
  downloadText(datasetExportFileName(entry.manifest, now), datasetToCsv(entry.manifest, files, { index: geo.index, currentCodeOf, lang: view.lang, exportedAt: now }));
}

function DatasetItem({ entry, libraryDeps }: { entry: DatasetEntry; libraryDeps: () => LibraryDeps }) {
  const it = useImportText();
  const lang = useAppStore((s) => s.view.lang);
  const [editing, setEditing] = useState<string | null>(null);
  const name = localText(lang, entry.manifest.name);
  const p = entry.manifest.provenance;
  const save = () => {
    const text = editing?.trim();
    setEditing(null);
    if (!text || text === name) return;
    void renameDataset(entry.id, { zh: text, en: text }, libraryDeps()).then((outcome) => {
      if (outcome.status === 'rolled_back') useAppStore.getState().noticeActions.push('error', it('renameFailed', { name, detail: outcome.error }));
    });
  };
  return (
    <li className="dataset-item" data-testid={`dataset-${entry.id}`}>
      {editing === null ? (
        <strong className="dataset-item__name">{name}</strong>
      ) : (
        <input value={editing} autoFocus onChange={(e) => setEditing(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && save()} aria-label={it('rename')} />
      )}
      <span className="import-muted dataset-item__meta">
        {it('provenance', { file: p.fileName ?? p.source, time: p.createdAt.slice(0, 16).replace('T', ' ') })} · {entry.manifest.counties.length} · {entry.id}
      </span>
      <span className="dataset-item__actions">
        {editing === null ? (
          <button type="button" onClick={() => setEditing(name)}>{it('rename')}</button>
        ) : (
          <button type="button" onClick={save}>{it('save')}</button>
        )}
        <button type="button" onClick={() => void exportDataset(entry)} data-testid={`dataset-export-${entry.id}`}>{it('exportCsv')}</button>
        <button
          type="button"
          onClick={() => {
            if (!window.confirm(it('confirmRemove', { name }))) return;
            void removeDataset(entry.id, libraryDeps()).then((outcome) => {
              if (outcome.status === 'rolled_back') useAppStore.getState().noticeActions.push('error', it('removeFailed', { name, detail: outcome.error }));
            });
          }}
        >
          {it('remove')}
        </button>
      </span>
    </li>
  );
}

/** The list of imported datasets; `libraryDeps` wires the library to the app (src/app/dataset-boot.ts). */
export function DatasetManager({ libraryDeps }: { libraryDeps: () => LibraryDeps }) {
  const it = useImportText();
  const datasets = useAppStore((s) => s.data.datasets);
  const imported = datasets.filter((d) => d.origin === 'imported');
  return (
    <section className="dataset-manager" data-testid="dataset-manager">
      <h3>{it('manager')}</h3>
      {imported.length === 0 ? (
        <p className="import-muted">{it('none')}</p>
      ) : (
        <ul className="dataset-manager__list">
          {imported.map((d) => (
            <DatasetItem key={d.id} entry={d} libraryDeps={libraryDeps} />
          ))}
        </ul>
      )}
    </section>
  );
}
