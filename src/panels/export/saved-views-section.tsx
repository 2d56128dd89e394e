/**
 * Saved views: name the current view and keep it (IndexedDB), then open, rename, delete or copy the link of any
 * saved one. Opening goes through the link path, so a view whose dataset is gone falls back with a notice.
 */
import { useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { cameraStore } from '../../store/camera-store';
import { encodeViewState } from '../../model/view/view-url';
import { nextViewName, sortSavedViews, MAX_VIEW_NAME, type SavedView } from '../../model/saved-views/saved-view';
import { deleteView, renameView, saveView, type SavedViewDeps } from '../../data/saved-view-library';
import type { ViewState } from '../../model/view/view-state';
import { exportText } from './export-strings';

/** The current view with the live cameras, as a link hash. */
export function currentViewHash(): string {
  const { view } = useAppStore.getState();
  const cameras = cameraStore.getState().cameras;
  const snapshot: ViewState = { ...view, panes: view.panes.map((p, i) => ({ ...p, camera: cameras[i] ?? p.camera })) };
  return encodeViewState(snapshot);
}

/** A link to a view hash on this page. */
export function linkOf(hash: string): string {
  return `${location.origin}${location.pathname}${location.search}#${hash}`;
}

/** Props: the library's dependencies and the thumbnail maker (from the app). */
export interface SavedViewsSectionProps {
  deps: () => SavedViewDeps;
  captureThumbnail: () => Promise<string | null>;
  /** Called after a view was opened (the dialog closes to show it). */
  onOpened?: () => void;
}

function SavedViewItem({ view, deps, onOpened }: { view: SavedView; deps: () => SavedViewDeps; onOpened?: () => void }) {
  const lang = useAppStore((s) => s.view.lang);
  const push = useAppStore((s) => s.noticeActions.push);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const fail = (reason: string): void => push('error', exportText(lang, 'viewSaveFailed', { reason }));
  const copy = async (): Promise<void> => {
    const url = linkOf(view.hash);
    try {
      await navigator.clipboard.writeText(url);
      push('info', exportText(lang, 'linkCopied'));
    } catch {
      setLink(url); // no clipboard (insecure origin, permissions): show the link to copy by hand
    }
  };
  return (
    <li className="saved-view" data-testid="saved-view" data-view-id={view.id}>
      {view.thumbnail ? <img src={view.thumbnail} alt={exportText(lang, 'thumbnail', { name: view.name })} /> : <div className="saved-view__nothumb" />}
      {renaming === null ? (
        <span className="saved-view__name" data-testid="saved-view-name">{view.name}</span>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void renameView(view.id, renaming, deps()).then((r) => (r.status === 'failed' ? fail(r.reason) : setRenaming(null)));
          }}
        >
          <input aria-label={exportText(lang, 'renameTo')} value={renaming} maxLength={MAX_VIEW_NAME} onChange={(e) => setRenaming(e.target.value)} autoFocus />
        </form>
      )}
      <span className="saved-view__time">{exportText(lang, 'savedAt', { time: new Date(view.savedAt).toLocaleString(lang) })}</span>
      <div className="saved-view__actions">
        <button
          type="button"
          data-testid="saved-view-open"
          aria-label={`${exportText(lang, 'open')} ${view.name}`}
          onClick={() => {
            location.hash = view.hash;
            onOpened?.();
          }}
        >
          {exportText(lang, 'open')}
        </button>
        <button type="button" onClick={() => setRenaming(renaming === null ? view.name : null)}>
          {exportText(lang, 'rename')}
        </button>
        <button type="button" onClick={() => void deleteView(view.id, deps()).then((r) => (r.status === 'failed' ? fail(r.reason) : undefined))}>
          {exportText(lang, 'remove')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {exportText(lang, 'copyLink')}
        </button>
      </div>
      {link && (
        <label>
          {exportText(lang, 'linkShown')}
          <input readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </li>
  );
}

/** The saved-views section of the share dialog. */
export function SavedViewsSection({ deps, captureThumbnail, onOpened }: SavedViewsSectionProps) {
  const lang = useAppStore((s) => s.view.lang);
  const views = useAppStore((s) => s.savedViews.views);
  const push = useAppStore((s) => s.noticeActions.push);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const suggested = nextViewName((n) => exportText(lang, 'defaultViewName', { n }), views.map((v) => v.name));
  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const hash = currentViewHash();
      const thumbnail = await captureThumbnail().catch(() => null);
      const outcome = await saveView(name.trim() || suggested, hash, thumbnail, deps());
      if (outcome.status === 'failed') push('error', exportText(lang, 'viewSaveFailed', { reason: outcome.reason }));
      else {
        push('info', exportText(lang, 'viewSaved', { name: outcome.view.name }));
        setName('');
      }
    } finally {
      setBusy(false);
    }
  };
  const sorted = sortSavedViews(views);
  return (
    <section className="export-section" aria-labelledby="saved-views-heading" data-testid="saved-views">
      <h3 id="saved-views-heading">{exportText(lang, 'views')}</h3>
      <form
        className="export-field"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <input
          type="text"
          aria-label={exportText(lang, 'viewName')}
          placeholder={suggested}
          value={name}
          maxLength={MAX_VIEW_NAME}
          onChange={(e) => setName(e.target.value)}
          data-testid="saved-view-name-input"
        />
        <button type="submit" disabled={busy} data-testid="saved-view-save">
          {exportText(lang, 'saveView')}
        </button>
      </form>
      {sorted.length === 0 ? (
        <p className="saved-views__empty">{exportText(lang, 'noViews')}</p>
      ) : (
        <ul className="saved-views">
          {sorted.map((v) => (
            <SavedViewItem key={v.id} view={v} deps={deps} onOpened={onOpened} />
          ))}
        </ul>
      )}
    </section>
  );
}
