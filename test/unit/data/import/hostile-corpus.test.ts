/**
 * The hostile-input corpus (test/fixtures/import/hostile) through runImport — the same pipeline the import worker
 * and the CLI run — each with its expected outcome. Time and memory are the benchmark's (65-hostile-import), not
 * asserted here.
 */
import { describe, expect, it } from 'vitest';
import { bytesSource, runImport } from '../../../../src/data/import/run-import';
import { fixtureLookup } from '../../../fixtures/import/lookup-fixture';
import { hostileCases } from '../../../fixtures/import/hostile/hostile-corpus';

const lookup = fixtureLookup();

describe('hostile-input corpus', () => {
  for (const c of hostileCases('test')) {
    it(`${c.name}: ${c.probe} → ${c.code ?? 'imported'}`, async () => {
      const bytes = c.bytes();
      // Chunks of 64 KiB, like a browser File stream.
      const result = await runImport(bytesSource(c.name, bytes, 1 << 16), { lookup, rowReportLimit: 1000 });
      expect(result.error?.code ?? null, result.error?.message.en).toBe(c.code);
      expect(result.ok).toBe(c.code === null);
      if (c.code !== null) expect(result.dataset).toBeNull();
      c.check?.(result);
    }, 60_000);
  }
});
