import { describe, expect, it } from 'vitest';
import { blobSource } from '../../../../src/data/import/blob-source';
import { runImport } from '../../../../src/data/import/run-import';
import { fixtureLookup } from '../../../fixtures/import/lookup-fixture';

describe('blobSource', () => {
  it('streams a Blob (as the worker gets a File) through the pipeline', async () => {
    const blob = new Blob(['\ufeff代码,县名,值\r\n', '130631,望都县,1.5\r\n130924,海兴县,2\r\n']);
    const source = blobSource(blob, 'x.csv');
    expect(source.size).toBe(blob.size);
    const r = await runImport(source, { lookup: fixtureLookup() });
    expect(r.file.encoding).toBe('utf-8');
    expect(r.rows.map((x) => [x.line, x.status, x.adcode])).toEqual([
      [1, 'skipped', null],
      [2, 'matched', '130631'],
      [3, 'matched', '130924'],
    ]);
    expect(r.tables[0]?.layout?.columns[0]).toBe('代码'); // the byte-order mark is not part of the header
  });
});
