import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDir } from '../../../scripts/lib/precompress.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type DistServer } from '../../../scripts/serve-dist.mjs';
import { HEADER_CSP } from '../../../scripts/lib/csp.mjs';

/** A raw GET (fetch would decompress and hide the encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serve-dist', () => {
  let root: string;
  let server: DistServer;
  const json = JSON.stringify({ counties: Array.from({ length: 500 }, (_, i) => ({ adcode: String(110000 + i) })) });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-dist-'));
    mkdirSync(join(root, 'geo'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'geo', 'counties.json'), json);
    writeFileSync(join(root, 'font.woff2'), Buffer.alloc(4000, 7));
    server = await startServer({ root });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the precompressed copies the build wrote (brotli when accepted), and never a stale one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-dist-pre-'));
    const data = JSON.stringify({ rows: Array.from({ length: 400 }, (_, i) => ({ i, name: `row ${i}` })) });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'data.json'), data);
    expect(await precompressDir(dir)).toBe(1); // index.html is under the size worth compressing
    const pre = await startServer({ root: dir });
    try {
      const br = await get(`${pre.url}data.json`, { 'accept-encoding': 'gzip, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.body).toString()).toBe(data);
      const gz = await get(`${pre.url}data.json`, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toBe(data);
      // A file rewritten after its copies were made is compressed afresh, never answered with the old copy.
      const newer = data.replace('row 1"', 'row one"');
      await new Promise((r) => setTimeout(r, 20));
      writeFileSync(join(dir, 'data.json'), newer);
      const fresh = await get(`${pre.url}data.json`, { 'accept-encoding': 'gzip, br' });
      expect(fresh.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(fresh.body).toString()).toBe(newer);
    } finally {
      await pre.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves index.html for the root on a free localhost port', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await get(server.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });

  it('gzips text when the client accepts it, and counts the bytes sent', async () => {
    const before = server.bytesSent();
    const res = await get(`${server.url}geo/counties.json`, { 'accept-encoding': 'gzip, deflate' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(json.length / 3);
    expect(gunzipSync(res.body).toString()).toBe(json);
    expect(server.bytesSent() - before).toBeGreaterThan(res.body.length);
    expect(server.bytesSent() - before).toBeLessThan(res.body.length + 400);
  });

  it('sends plain bytes without Accept-Encoding and never gzips fonts', async () => {
    expect((await get(`${server.url}geo/counties.json`)).body.toString()).toBe(json);
    const font = await get(`${server.url}font.woff2`, { 'accept-encoding': 'gzip' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.length).toBe(4000);
  });

  it('answers a revalidation with 304', async () => {
    const first = await get(`${server.url}geo/counties.json`);
    const again = await get(`${server.url}geo/counties.json`, { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('refuses paths outside the root and reports missing files', async () => {
    expect((await get(`${server.url}..%2f..%2fetc%2fpasswd`)).status).toBeGreaterThanOrEqual(403);
    expect((await get(`${server.url}nope.js`)).status).toBe(404);
  });

  it('sends the Content-Security-Policy header with every HTML document, the frame-ancestors rule included', async () => {
    expect((await get(server.url)).headers['content-security-policy']).toBe(HEADER_CSP);
    expect((await get(`${server.url}index.html`)).headers['content-security-policy']).toBe(HEADER_CSP);
    // Data and scripts are no documents: the policy would not apply to them (and would cost bytes on each).
    expect((await get(`${server.url}geo/counties.json`)).headers['content-security-policy']).toBeUndefined();
  });
});
