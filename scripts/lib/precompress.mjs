/**
 * Precompressed copies of the built app: `file.gz` and `file.br` beside every compressible file of dist/ (scripts,
 * styles, JSON, the geometry binary…), so a plain intranet server (nginx `gzip_static` / `brotli_static`, or
 * scripts/serve-dist.mjs) sends them without compressing on every request. A copy is only written when it is smaller.
 * Used by the Vite build (vite.config.ts) once the bundle is written.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions worth compressing (fonts and images are compressed already). */
export const PRECOMPRESS_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.bin', '.csv', '.svg', '.txt', '.md', '.wasm']);
const MIN_BYTES = 256;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes the .gz and .br copies for `dir`; returns how many files were compressed. */
export async function precompressDir(dir) {
  let count = 0;
  for await (const path of files(dir)) {
    if (!PRECOMPRESS_EXTENSIONS.has(extname(path).toLowerCase())) continue;
    const raw = await readFile(path);
    if (raw.length < MIN_BYTES) continue;
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    if (gz.length < raw.length) await writeFile(`${path}.gz`, gz);
    if (br.length < raw.length) await writeFile(`${path}.br`, br);
    count++;
  }
  return count;
}

/** True when `path.ext` exists and is at least as new as `path` (a stale copy is never sent). */
export async function freshCopy(path, ext, mtimeMs) {
  const info = await stat(`${path}${ext}`).catch(() => null);
  return Boolean(info && info.isFile() && info.mtimeMs >= mtimeMs);
}
