/** File format from the first bytes and the file name: magic numbers first, the extension only as a hint. */
import { importError } from './import-error';
import type { ImportError, ImportFormat } from './import-types';

const BINARY_MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Lower-case extension without the dot, '' when none. */
export function fileExtension(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  return m?.[1]?.toLowerCase() ?? '';
}

/** True when the bytes look like binary content rather than text (NUL bytes or many control characters). */
export function looksBinary(head: Uint8Array): boolean {
  if (head[0] === 0xff && head[1] === 0xfe) return false; // UTF-16 text has NULs by design
  if (head[0] === 0xfe && head[1] === 0xff) return false;
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const b = head[i] ?? 0;
    if (b === 0) return true;
    if ((b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) && b !== 0x1b) control += 1;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * 'utf-16le' / 'utf-16be' when text looks like UTF-16 without a byte-order mark: NUL bytes on one parity only
 * (ASCII and the CJK range all have a zero high byte or a non-zero one, but never NUL pairs in Chinese text)
 * and almost none on the other. Binary files have NULs everywhere.
 */
export function looksUtf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, 8192) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul += 1;
    if (head[i + 1] === 0) oddNul += 1;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.02) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.02) return 'utf-16be';
  return null;
}

/** Decides the format of a file from its first bytes (a few KiB) and its name. */
export function sniffFormat(head: Uint8Array, fileName: string, sizeBytes: number): ImportFormat | ImportError {
  if (sizeBytes === 0 || head.length === 0) return importError('empty_file');
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (BINARY_MAGIC.some((m) => startsWith(head, m))) return importError('binary_file');
  const utf16 = looksUtf16WithoutBom(head);
  if (utf16) {
    const which = utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    return importError('bad_encoding', {
      zh: `文件看起来是没有字节顺序标记（BOM）的 ${which} 文本。请在 Excel 或记事本中另存为“UTF-8”或“带 BOM 的 Unicode”后再导入。`,
      en: `The file looks like ${which} text without a byte-order mark (BOM). Save it as "UTF-8" (or Unicode with BOM) and import it again.`,
    });
  }
  if (looksBinary(head)) return importError('binary_file');
  const ext = fileExtension(fileName);
  const text = new TextDecoder('latin1').decode(head.subarray(0, 512)).replace(/^(\u00ef\u00bb\u00bf|\s)+/, '');
  // Web systems often save an HTML table as ".xls"; the spreadsheet reader understands those.
  if ((ext === 'xls' || ext === 'xlsx') && text.startsWith('<')) return 'xls';
  if (ext === 'json' || text.startsWith('[') || text.startsWith('{')) return 'json';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'xlsx' || ext === 'xls') return importError('bad_spreadsheet');
  return 'csv';
}
