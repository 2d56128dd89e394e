/**
 * The header's export and sharing control: one button opening a dialog with the map image export, the saved views
 * and the project file. The dialog is modal (Esc closes it) and the map stays as it was behind it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAppStore } from '../../store/app-store';
import { exportText } from './export-strings';
import { ExportImageSection, type RenderMapImage } from './export-image-section';
import './share-dialog.css';

/** Props: the map renderer (from the app) and the further sections (given a function that closes the dialog). */
export interface ShareDialogProps {
  renderImage: RenderMapImage;
  sections?: (close: () => void) => ReactNode;
}

/** The map area's width over height on screen now. */
function mapAreaRatio(): number {
  const el = document.querySelector('.app__maps');
  const r = el?.getBoundingClientRect();
  return r && r.height > 0 ? r.width / r.height : 16 / 9;
}

/** The button and its dialog. */
export function ShareDialog({ renderImage, sections }: ShareDialogProps) {
  const lang = useAppStore((s) => s.view.lang);
  const [open, setOpen] = useState(false);
  const [ratio, setRatio] = useState(16 / 9);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="share-button"
        data-testid="share-open"
        aria-label={exportText(lang, 'openImage')}
        title={exportText(lang, 'openImage')}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setRatio(mapAreaRatio());
          setOpen(true);
        }}
      >
        {/* An icon keeps the header on one row (English at 1280 px); the name says what it opens, PNG first. */}
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 1.5v8.2M4.6 6.4 8 9.8l3.4-3.4M2.5 11v3h11v-3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <dialog ref={ref} className="share-dialog" aria-labelledby="share-dialog-title" data-testid="share-dialog" onClose={() => setOpen(false)}>
        <header className="share-dialog__head">
          <h2 id="share-dialog-title">{exportText(lang, 'share')}</h2>
          <button type="button" onClick={() => setOpen(false)} data-testid="share-close">
            {exportText(lang, 'close')}
          </button>
        </header>
        {open && (
          <div className="share-dialog__body">
            <ExportImageSection renderImage={renderImage} viewRatio={ratio} />
            {sections?.(() => setOpen(false))}
          </div>
        )}
      </dialog>
    </>
  );
}
