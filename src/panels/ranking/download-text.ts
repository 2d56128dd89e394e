/** Saves text as a file through a Blob URL (no server round trip; works offline and on intranets). */
import { downloadBlob } from '../export/download-blob';

/** Starts a download of `text` named `fileName`. */
export function downloadText(fileName: string, text: string, mimeType = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}
