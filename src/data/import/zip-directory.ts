/**
 * Reads a ZIP file's central directory (names and declared sizes) without inflating anything, so an XLSX that
 * would inflate to gigabytes is refused before the spreadsheet reader touches it. Only the directory at the end
 * of the file is read: a few KB whatever the archive holds.
 */

/** One entry as the central directory declares it. */
export interface ZipEntry {
  name: string;
  compressedBytes: number;
  uncompressedBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const EOCD64_LOCATOR = 0x07064b50;

/** The entries of a ZIP archive, or null when no valid central directory is found (not a ZIP, or truncated). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const record = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (record + 56 > bytes.length) return null;
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    let compressedBytes = view.getUint32(at + 20, true);
    let uncompressedBytes = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: sizes of 0xFFFFFFFF live in the extra field (id 0x0001), uncompressed first.
    if (uncompressedBytes === 0xffffffff || compressedBytes === 0xffffffff) {
      let x = at + 46 + nameLength;
      const end = x + extraLength;
      while (x + 4 <= end) {
        const id = view.getUint16(x, true);
        const size = view.getUint16(x + 2, true);
        if (id === 0x0001) {
          let y = x + 4;
          if (uncompressedBytes === 0xffffffff && y + 8 <= x + 4 + size) {
            uncompressedBytes = Number(view.getBigUint64(y, true));
            y += 8;
          }
          if (compressedBytes === 0xffffffff && y + 8 <= x + 4 + size) compressedBytes = Number(view.getBigUint64(y, true));
        }
        x += 4 + size;
      }
    }
    entries.push({ name, compressedBytes, uncompressedBytes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
