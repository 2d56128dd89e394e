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
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
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
    const method = view.getUint16(at + 10, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    let compressedBytes = view.getUint32(at + 20, true);
    let uncompressedBytes = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: sizes of 0xFFFFFFFF live in the extra field (id 0x0001), uncompressed first.
    if (uncompressedBytes === 0xffffffff || compressedBytes === 0xffffffff || localHeaderOffset === 0xffffffff) {
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
          if (compressedBytes === 0xffffffff && y + 8 <= x + 4 + size) {
            compressedBytes = Number(view.getBigUint64(y, true));
            y += 8;
          }
          if (localHeaderOffset === 0xffffffff && y + 8 <= x + 4 + size) localHeaderOffset = Number(view.getBigUint64(y, true));
        }
        x += 4 + size;
      }
    }
    entries.push({ name, compressedBytes, uncompressedBytes, method, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The inflated bytes of one entry as a stream (DecompressionStream: browsers, workers and Node 20 alike). */
export function entryStream(bytes: Uint8Array, entry: ZipEntry): ReadableStream<Uint8Array> | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const raw = new Blob([bytes.subarray(start, Math.min(bytes.length, start + entry.compressedBytes)) as Uint8Array<ArrayBuffer>]).stream();
  if (entry.method === 0) return raw;
  if (entry.method !== 8) return null;
  return raw.pipeThrough(new DecompressionStream('deflate-raw'));
}

/**
 * Counts occurrences of an ASCII `needle` in an entry's inflated bytes, stopping (and cancelling the inflate) as
 * soon as the count passes `stopAbove`: a bomb is answered after inflating only as much as it takes to see it.
 */
export async function countInEntry(bytes: Uint8Array, entry: ZipEntry, needle: string, stopAbove: number): Promise<number | null> {
  const stream = entryStream(bytes, entry);
  if (!stream) return null;
  const pattern = new TextEncoder().encode(needle);
  const first = pattern[0] as number;
  const reader = stream.getReader();
  let count = 0;
  let carry = new Uint8Array(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = carry.length > 0 ? new Uint8Array(carry.length + value.length) : value;
      if (carry.length > 0) {
        chunk.set(carry, 0);
        chunk.set(value, carry.length);
      }
      const last = chunk.length - pattern.length;
      for (let i = chunk.indexOf(first); i >= 0 && i <= last; i = chunk.indexOf(first, i + 1)) {
        let k = 1;
        while (k < pattern.length && chunk[i + k] === pattern[k]) k += 1;
        if (k === pattern.length) count += 1;
      }
      if (count > stopAbove) {
        await reader.cancel();
        return count;
      }
      carry = chunk.slice(Math.max(0, last + 1));
    }
  } catch {
    return null;
  }
  return count;
}
