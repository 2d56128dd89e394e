/** The "data" side tab: open the import dialog (its code and worker load only then) and manage datasets. */
import { lazy, Suspense, useState } from 'react';
import type { LibraryDeps } from '../../data/dataset-library';
import type { ImportClient } from '../../data/import-client';
import { DatasetManager } from './dataset-manager';
import { useImportText } from './use-import-text';
import './import-panel.css';

const ImportPanel = lazy(() => import('./import-panel').then((m) => ({ default: m.ImportPanel })));

/** Props: the dataset library wired to the app (the panel imports nothing of the shell). */
export interface DataPanelProps {
  libraryDeps: () => LibraryDeps;
  /** The page's import client (a worker), wired to the loaded county index by the app. */
  importClient: () => ImportClient;
}

/** Import button, dialog and dataset list. */
export function DataPanel({ libraryDeps, importClient }: DataPanelProps) {
  const it = useImportText();
  const [open, setOpen] = useState(false);
  return (
    <div className="panel data-panel">
      <div className="panel__header">
        <h2>{it('title')}</h2>
        <button type="button" onClick={() => setOpen(true)} data-testid="import-open">{it('open')}</button>
      </div>
      <DatasetManager libraryDeps={libraryDeps} />
      {open && (
        <Suspense fallback={null}>
          <ImportPanel onClose={() => setOpen(false)} libraryDeps={libraryDeps} importClient={importClient} />
        </Suspense>
      )}
    </div>
  );
}
