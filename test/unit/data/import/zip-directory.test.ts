import { describe, expect, it } from 'vitest';
import { countInEntry, readZipDirectory } from '../../../../src/data/import/zip-directory';
import { zip } from '../../../fixtures/import/hostile/hostile-corpus';

const enc = new TextEncoder();

describe('zip directory', () => {
  const archive = zip({ 'a.xml': enc.encode('<m><mergeCell ref="A1"/><mergeCells/><mergeCell ref="B2"/></m>'), 'b.bin': new Uint8Array(5000) });

  it('lists names, methods and declared sizes from the central directory', () => {
    expect(readZipDirectory(archive)?.map((e) => [e.name, e.method, e.uncompressedBytes])).toEqual([
      ['a.xml', 8, 62],
      ['b.bin', 8, 5000],
    ]);
  });

  it('counts a pattern in an inflated entry, and stops as soon as the count passes the bound', async () => {
    const entries = readZipDirectory(archive)!;
    expect(await countInEntry(archive, entries[0]!, 'mergeCell ', 10)).toBe(2);
    const many = zip({ 's.xml': enc.encode('<mergeCell ref="A1:B2"/>'.repeat(200_000)) });
    const n = await countInEntry(many, readZipDirectory(many)![0]!, 'mergeCell ', 1000);
    expect(n).toBeGreaterThan(1000);
    expect(n).toBeLessThan(200_000); // stopped early, not inflated to the end
  });
});
