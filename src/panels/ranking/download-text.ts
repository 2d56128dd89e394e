/** Saves text as a file through a Blob URL (no server round trip; works offline and on intranets). */
import { getClock } from '../../lib/clock';

/** Starts a download of `text` named `fileName`. */
export function downloadText(fileName: string, text: string, mimeType = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke on the next task: some browsers read the URL after click() returns. On the app clock like every timer.
  getClock().setTimeout(() => URL.revokeObjectURL(url), 0);
}
