import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetCsvRows, datasetExportFileName, datasetToCsv } from '../../../src/data/dataset-export';
import { bytesSource, runImport } from '../../../src/data/import/run-import';
import { createCurrentCodeOf } from '../../../src/model/geo/current-adcode';
import type { IndicatorColumnFile } from '../../../src/model/indicators/dataset';
import { fixtureChanges, fixtureIndex, fixtureLookup } from '../../fixtures/import/lookup-fixture';

const lookup = fixtureLookup();
const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url))));
const now = () => new Date('2024-05-06T07:08:09Z');
const ctx = { index: fixtureIndex(), currentCodeOf: createCurrentCodeOf(fixtureChanges()), lang: 'zh-CN' as const, exportedAt: new Date('2024-06-01T00:00:00Z') };

async function imported() {
  const result = await runImport(bytesSource('two-row-header.csv', fixture('two-row-header.csv')), { lookup, now });
  if (!result.dataset) throw new Error(result.error?.message.en);
  return result.dataset;
}

describe('datasetToCsv', () => {
  it('writes provenance lines, then one row per county with boundary id, current code and names', async () => {
    const ds = await imported();
    const rows = datasetCsvRows(ds.manifest, ds.files, ctx);
    const headerAt = rows.findIndex((r) => r[0] === '区划代码（2016边界）');
    expect(headerAt).toBeGreaterThan(2);
    expect(String(rows[0]?.[0])).toContain('two-row-header.csv');
    expect(rows.slice(0, headerAt).some((r) => String(r[0]).includes('2024-05-06T07:08:09'))).toBe(true);
    expect(rows[headerAt]?.slice(0, 5)).toEqual(['区划代码（2016边界）', '现行代码', '县', '地级', '省']);
    const body = rows.slice(headerAt + 1);
    expect(body.map((r) => r[0])).toEqual(ds.manifest.counties);
    const pingquan = body.find((r) => r[0] === '130823');
    expect(pingquan?.slice(0, 5)).toEqual(['130823', '130881', '平泉县', '承德市', '河北省']);
  });

  it('exports the exact imported numbers (not Float32 approximations) and blanks for missing', async () => {
    const ds = await imported();
    const rows = datasetCsvRows(ds.manifest, ds.files, ctx);
    const headerAt = rows.findIndex((r) => r[0] === '区划代码（2016边界）');
    const header = rows[headerAt]!;
    const meta = ds.manifest.indicators[0]!;
    const file = ds.files[meta.file] as IndicatorColumnFile;
    const column = header.indexOf(`${meta.name.zh} ${meta.years[0]}`);
    expect(column).toBeGreaterThan(4);
    const expected = file.indicators[0]!.values[0]!;
    expect(rows.slice(headerAt + 1).map((r) => r[column] ?? null)).toEqual(expected);
  });

  it('is UTF-8 with BOM and CRLF, formula-safe, and re-imports onto the same counties and values', async () => {
    const ds = await imported();
    ds.manifest.name = { zh: '=HYPERLINK("x")', en: '=HYPERLINK("x")' };
    const csv = datasetToCsv(ds.manifest, ds.files, ctx);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).not.toMatch(/(^|,|\r\n)=HYPERLINK/);
    const again = await runImport(bytesSource('export.csv', new TextEncoder().encode(csv)), { lookup, now });
    expect(again.error).toBeNull();
    expect(again.summary.ambiguous + again.summary.unmatched).toBe(0);
    expect(again.dataset?.manifest.counties).toEqual(ds.manifest.counties);
    const meta = ds.manifest.indicators[0]!;
    const back = again.dataset!.manifest.indicators.find((m) => m.name.zh === meta.name.zh);
    expect(back?.years).toEqual(meta.years);
    const original = (ds.files[meta.file] as IndicatorColumnFile).indicators[0]!.values;
    const reread = (again.dataset!.files[back!.file] as IndicatorColumnFile).indicators[0]!.values;
    expect(reread).toEqual(original);
  });

  it('names the download after the dataset id and date', async () => {
    const ds = await imported();
    expect(datasetExportFileName(ds.manifest, new Date('2024-06-01T12:00:00Z'))).toBe(`${ds.manifest.id}_2024-06-01.csv`);
  });
});
