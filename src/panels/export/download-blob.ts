/** Saves a Blob as a file through a Blob URL (works offline and on intranets; nothing goes to a server). */
import { getClock } from '../../lib/clock';

/** Starts a download of `blob` named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke a little later: some browsers read the URL after click() returns.
  getClock().setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
