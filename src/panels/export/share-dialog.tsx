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
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setRatio(mapAreaRatio());
          setOpen(true);
        }}
      >
        {exportText(lang, 'openImage')}
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
