/**
 * The map image export: title, width (1920, 3840, 7680 or custom) and aspect, then a progress bar while the panes
 * are drawn again at that size, with cancel. The renderer comes from the app (the panel knows no map).
 */
import { useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import type { ExportSpec } from '../../model/export/export-spec';
import { ASPECTS, MAX_WIDTH_PX, MIN_WIDTH_PX, WIDTH_PRESETS_PX, aspectRatio, exportSize, parseCustomWidth, type ExportAspect } from '../../model/export/export-size';
import { buildExportSpec, defaultExportTitle, isoDate } from './export-spec-model';
import { useExportInputs } from './use-export-inputs';
import { exportText, type ExportStringKey } from './export-strings';
import { downloadBlob } from './download-blob';

/** What the app's renderer takes (src/map/export/export-map-image.ts). */
export interface MapImageRequest {
  spec: ExportSpec;
  widthPx: number;
  heightPx: number;
  signal: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** Renders a map image; rejects with an error named 'ExportCancelled' or 'ExportFailed' (with `reason`, `pane`). */
export type RenderMapImage = (request: MapImageRequest) => Promise<Blob>;

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; file: string; w: number; h: number }
  | { kind: 'error'; message: string };

const ASPECT_LABEL: Partial<Record<ExportAspect, ExportStringKey>> = { view: 'aspectView', a4: 'aspectA4' };

function failureMessage(lang: 'zh-CN' | 'en', error: unknown): string | null {
  const e = error as { name?: string; reason?: string; pane?: number | null; message?: string };
  if (e?.name === 'ExportCancelled') return null;
  const n = String((e?.pane ?? 0) + 1);
  if (e?.name === 'ExportFailed' && e.reason === 'pane_not_ready') return exportText(lang, 'failedNotReady', { n });
  if (e?.name === 'ExportFailed' && e.reason === 'blank_map') return exportText(lang, 'failedBlank', { n });
  return exportText(lang, 'failedOther', { reason: e?.message ?? String(error) });
}

/** Props: the renderer, and the size of the map area on screen (for the 'as on screen' aspect). */
export interface ExportImageSectionProps {
  renderImage: RenderMapImage;
  viewRatio: number;
}

/** The map image section of the export dialog. */
export function ExportImageSection({ renderImage, viewRatio }: ExportImageSectionProps) {
  const lang = useAppStore((s) => s.view.lang);
  const view = useAppStore((s) => s.view);
  const inputs = useExportInputs();
  const [title, setTitle] = useState<string | null>(null);
  const [preset, setPreset] = useState<number | 'custom'>(3840);
  const [custom, setCustom] = useState('2560');
  const [aspect, setAspect] = useState<ExportAspect>('16:9');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const shownTitle = title ?? defaultExportTitle(view, inputs[0]);

  const width = preset === 'custom' ? parseCustomWidth(custom) : ({ ok: true, widthPx: preset } as const);
  const size = width.ok ? exportSize(width.widthPx, aspectRatio(aspect, viewRatio)) : null;
  const widthError = width.ok
    ? ''
    : exportText(lang, width.reason === 'too_small' ? 'widthTooSmall' : width.reason === 'too_large' ? 'widthTooLarge' : 'widthNotANumber', {
        min: MIN_WIDTH_PX,
        max: MAX_WIDTH_PX,
      });
  const running = status.kind === 'running';
  const ready = useMemo(() => inputs.every((p) => p.choropleth || !view.panes[inputs.indexOf(p)]?.indicator), [inputs, view.panes]);

  const start = async (): Promise<void> => {
    if (!size || running) return;
    const controller = new AbortController();
    abortRef.current = controller;
    const exportedAt = new Date();
    const spec = buildExportSpec({ view, panes: inputs, title: shownTitle, exportedAt });
    setStatus({ kind: 'running', done: 0, total: 1 });
    try {
      const blob = await renderImage({
        spec,
        widthPx: size.widthPx,
        heightPx: size.heightPx,
        signal: controller.signal,
        onProgress: (done, total) => setStatus({ kind: 'running', done, total }),
      });
      const file = `tandem_${size.widthPx}x${size.heightPx}_${isoDate(exportedAt)}.png`;
      downloadBlob(file, blob);
      setStatus({ kind: 'done', file, w: size.widthPx, h: size.heightPx });
    } catch (error) {
      const message = failureMessage(lang, error);
      setStatus(message === null ? { kind: 'error', message: exportText(lang, 'cancelled') } : { kind: 'error', message });
    } finally {
      abortRef.current = null;
    }
  };

  return (
    <section className="export-section" aria-labelledby="export-image-heading" data-testid="export-image">
      <h3 id="export-image-heading">{exportText(lang, 'imageTitle')}</h3>
      <label className="export-field">
        <span>{exportText(lang, 'titleLabel')}</span>
        <input type="text" value={shownTitle} maxLength={120} onChange={(e) => setTitle(e.target.value)} data-testid="export-title" />
      </label>
      <fieldset className="export-field">
        <legend>{exportText(lang, 'width')}</legend>
        {WIDTH_PRESETS_PX.map((w) => (
          <label key={w}>
            <input type="radio" name="export-width" checked={preset === w} onChange={() => setPreset(w)} data-testid={`export-width-${w}`} />
            {w}
          </label>
        ))}
        <label>
          <input type="radio" name="export-width" checked={preset === 'custom'} onChange={() => setPreset('custom')} data-testid="export-width-custom" />
          {exportText(lang, 'custom')}
        </label>
        {preset === 'custom' && (
          <input
            type="text"
            inputMode="numeric"
            aria-label={exportText(lang, 'customWidth')}
            aria-invalid={!width.ok}
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
            data-testid="export-custom-width"
          />
        )}
      </fieldset>
      <label className="export-field">
        <span>{exportText(lang, 'aspect')}</span>
        <select value={aspect} onChange={(e) => setAspect(e.target.value as ExportAspect)} data-testid="export-aspect">
          {ASPECTS.map((a) => (
            <option key={a} value={a}>
              {ASPECT_LABEL[a] ? exportText(lang, ASPECT_LABEL[a]) : a}
            </option>
          ))}
        </select>
      </label>
      <p className="export-size" data-testid="export-size" role={widthError ? 'alert' : undefined}>
        {size ? exportText(lang, 'sizeLine', { w: size.widthPx, h: size.heightPx }) : widthError}
      </p>
      <div className="export-actions">
        <button type="button" onClick={() => void start()} disabled={!size || running || !ready} data-testid="export-png">
          {exportText(lang, 'start')}
        </button>
        {running && (
          <button type="button" onClick={() => abortRef.current?.abort()} data-testid="export-cancel">
            {exportText(lang, 'cancel')}
          </button>
        )}
      </div>
      {running && (
        <div role="status" className="export-progress">
          <progress max={status.total} value={status.done} data-testid="export-progress" />
          <span>{exportText(lang, 'progress', { done: status.done, total: status.total })}</span>
        </div>
      )}
      {status.kind === 'done' && (
        <p role="status" data-testid="export-done">
          {exportText(lang, 'done', { file: status.file, w: status.w, h: status.h })}
        </p>
      )}
      {status.kind === 'error' && (
        <p role="alert" className="export-error" data-testid="export-error">
          {status.message}
        </p>
      )}
    </section>
  );
}
