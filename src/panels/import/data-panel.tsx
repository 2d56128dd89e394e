/** The "data" side tab: open the import dialog (its code and worker load only then) and manage datasets. */
import { lazy, Suspense, useState } from 'react';
import { DatasetManager } from './dataset-manager';
import { useImportText } from './use-import-text';
import './import-panel.css';

const ImportPanel = lazy(() => import('./import-panel').then((m) => ({ default: m.ImportPanel })));

/** Import button, dialog and dataset list. */
export function DataPanel() {
  const it = useImportText();
  const [open, setOpen] = useState(false);
  return (
    <div className="panel data-panel">
      <div className="panel__header">
        <h2>{it('title')}</h2>
        <button type="button" onClick={() => setOpen(true)} data-testid="import-open">{it('open')}</button>
      </div>
      <DatasetManager />
      {open && (
        <Suspense fallback={null}>
          <ImportPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
