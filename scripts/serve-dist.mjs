#!/usr/bin/env node
/**
 * A small static server for the built app (dist/) that compresses with gzip as a real web server would, so the
 * browser tests and the benchmark see realistic transfer sizes. Node built-ins only.
 *
 *   node scripts/serve-dist.mjs [--root dist] [--port 4173]
 *
 * Where the build wrote precompressed copies (`file.br`, `file.gz`, scripts/lib/precompress.mjs) it sends those —
 * brotli when the browser accepts it — as an intranet server with `gzip_static`/`brotli_static` would.
 * It listens on 127.0.0.1 only. HTML documents carry the app's Content-Security-Policy header (scripts/lib/csp.mjs),
 * as README asks of an intranet server. `startServer` is used by scripts/run-e2e.mjs and scripts/bench/run-bench.mjs.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { HEADER_CSP } from './lib/csp.mjs';
import { freshCopy } from './lib/precompress.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
  '.bin': 'application/octet-stream',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Types already compressed (fonts, images): gzip would only cost time. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|wasm|x-protobuf|octet-stream)|image\/svg)/;

/** Files smaller than this are sent as they are (nginx's default gzip_min_length is similar). */
const MIN_GZIP_BYTES = 256;

/**
 * Starts a static server for `root` on 127.0.0.1. `port` 0 (default) picks a free port.
 * Resolves to `{ url, port, close(), bytesSent() }`; bytesSent counts header and body bytes written so far.
 * @param {{ root?: string, port?: number, log?: boolean }} [options]
 */
export async function startServer({ root = 'dist', port = 0, log = false } = {}) {
  const rootDir = resolve(root);
  await stat(resolve(rootDir, 'index.html')).catch(() => {
    throw new Error(`serve-dist: ${rootDir}/index.html not found — run \`npx vite build\` first`);
  });
  /** @type {Map<string, { mtimeMs: number, raw: Buffer, gz: Buffer | null, br: Buffer | null }>} */
  const cache = new Map();
  let bytesSent = 0;

  const server = createServer(async (req, res) => {
    if (log) res.on('finish', () => console.log(`${res.statusCode} ${req.method} ${req.url}`));
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', Buffer.from('method not allowed'));
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(rootDir, '.' + path);
      if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(res, 403, 'text/plain', Buffer.from('forbidden'));
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) return send(res, 404, 'text/plain', Buffer.from('not found'));
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      let entry = cache.get(file);
      if (!entry || entry.mtimeMs !== info.mtimeMs) {
        const raw = await readFile(file);
        const compressible = COMPRESSIBLE.test(type) && raw.length >= MIN_GZIP_BYTES;
        const gz = !compressible ? null : (await freshCopy(file, '.gz', info.mtimeMs)) ? await readFile(`${file}.gz`) : gzipSync(raw, { level: 6 });
        const br = compressible && (await freshCopy(file, '.br', info.mtimeMs)) ? await readFile(`${file}.br`) : null;
        entry = { mtimeMs: info.mtimeMs, raw, gz, br };
        cache.set(file, entry);
      }
      // Revalidation as a real server does it: an ETag from size and mtime, 304 when the client has it.
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
      if (req.headers['if-none-match'] === etag) return send(res, 304, type, Buffer.alloc(0), { ETag: etag, Vary: 'Accept-Encoding' }, 0);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const useBrotli = Boolean(entry.br && /\bbr\b/.test(accepts) && entry.br.length < entry.raw.length);
      const useGzip = !useBrotli && Boolean(entry.gz && /\bgzip\b/.test(accepts) && entry.gz.length < entry.raw.length);
      const body = useBrotli && entry.br ? entry.br : useGzip && entry.gz ? entry.gz : entry.raw;
      const headers = { Vary: 'Accept-Encoding', 'Cache-Control': 'no-cache', ETag: etag };
      if (useBrotli) headers['Content-Encoding'] = 'br';
      else if (useGzip) headers['Content-Encoding'] = 'gzip';
      send(res, 200, type, req.method === 'HEAD' ? Buffer.alloc(0) : body, headers, body.length);
    } catch (error) {
      send(res, 500, 'text/plain', Buffer.from(String(error)));
    }
  });

  /** Writes one response and counts its bytes (status line and headers approximated by their text length). */
  function send(res, status, type, body, extra = {}, length = body.length) {
    const headers = { 'Content-Type': type, 'Content-Length': length, ...(type.startsWith('text/html') ? { 'Content-Security-Policy': HEADER_CSP } : {}), ...extra };
    res.writeHead(status, headers);
    res.end(body);
    const headerText = `HTTP/1.1 ${status}\r\n` + Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
    bytesSent += headerText.length + body.length;
  }

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    bytesSent: () => bytesSent,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok(undefined));
      }),
  };
}

// Standalone: `node scripts/serve-dist.mjs [--root dist] [--port 4173]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const server = await startServer({ root: arg('--root', 'dist'), port: Number(arg('--port', '4173')), log: process.argv.includes('--log') });
  console.log(`Serving ${resolve(arg('--root', 'dist'))} with gzip at ${server.url} (Ctrl+C stops)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
