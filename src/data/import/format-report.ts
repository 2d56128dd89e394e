/**
 * The import report in the two forms the CLI prints: one JSON object (`--json`: rows, summary, file, tables,
 * issues, error) and a short human-readable text. Pure: the CLI only writes the strings out.
 */
import { formatMatchReasons } from './match-reason-text';
import type { ImportResult } from './run-import';

/** The JSON report: every reported row, the summary and what the run decided. */
export function reportJson(result: ImportResult): Record<string, unknown> {
  return {
    rows: result.rows.map((r) => ({
      line: r.line,
      sheet: r.sheet,
      status: r.status,
      adcode: r.adcode,
      candidates: r.candidates.map((c) => ({ adcode: c.adcode, name: c.name, ...(c.prefectureName ? { prefectureName: c.prefectureName } : {}), ...(c.provinceName ? { provinceName: c.provinceName } : {}) })),
      reason: formatMatchReasons('en', r.reasons),
      reasons: r.reasons,
      ...(r.group ? { group: r.group } : {}),
      ...(r.approximate ? { approximate: true } : {}),
      ...(r.flags ? { flags: r.flags } : {}),
      ...(r.name !== undefined ? { name: r.name } : {}),
      ...(r.code !== undefined ? { code: r.code } : {}),
    })),
    summary: { ...result.summary, rowsOmitted: result.rowsOmitted, elapsedMs: result.elapsedMs },
    ok: result.ok,
    error: result.error,
    file: result.file,
    tables: result.tables.map((t) => ({
      sheet: t.sheet,
      headerLines: t.layout?.headerLines ?? [],
      columns: t.mapping?.columns ?? [],
      layout: t.mapping?.layout ?? null,
      error: t.error,
    })),
    issues: result.issues,
    malformed: result.malformed,
    hiddenSheets: result.hiddenSheets,
    dataset: result.dataset
      ? {
          id: result.dataset.manifest.id,
          counties: result.dataset.manifest.counties.length,
          years: result.dataset.manifest.years,
          indicators: result.dataset.manifest.indicators.map((i) => ({ id: i.id, name: i.name.zh, unit: i.unit, years: i.years })),
          attributes: result.dataset.manifest.attributes.map((a) => ({ id: a.id, name: a.name.zh, kind: a.kind })),
        }
      : null,
  };
}

function where(line: number, sheet: string | null): string {
  return sheet === null ? `line ${line}` : `${sheet}!row ${line}`;
}

/** A human-readable report: summary first, then every row that did not match, then validation findings. */
export function reportText(result: ImportResult, maxListed = 200): string {
  const s = result.summary;
  const f = result.file;
  const out: string[] = [];
  out.push(`File: ${f.name} (${f.format ?? 'unknown format'}${f.encoding ? `, ${f.encoding}` : ''}${f.delimiter ? `, delimiter ${JSON.stringify(f.delimiter)}` : ''}, ${f.size} bytes)`);
  if (result.error) out.push(`ERROR ${result.error.code}: ${result.error.message.en} / ${result.error.message.zh}`);
  for (const t of result.tables) {
    if (!t.mapping) continue;
    const roles = t.mapping.columns
      .filter((c) => c.role !== 'ignore')
      .map((c) => `${c.header}=${c.role}${c.year !== undefined ? `@${c.year}` : ''}${c.fractionShare ? '(0-1→%)' : ''}`);
    out.push(`Table${t.sheet ? ` ${t.sheet}` : ''}: ${t.mapping.layout}, header at ${t.layout?.headerLines.join('+') ?? '?'}; ${roles.join(', ')}`);
  }
  out.push(
    `Rows: ${s.rows} — matched ${s.matched}, ambiguous ${s.ambiguous}, unmatched ${s.unmatched}, skipped ${s.skipped}` +
      (s.approximate ? `, approximate ${s.approximate}` : ''),
  );
  for (const m of result.malformed) out.push(`Malformed: ${m.sheet ? `${m.sheet}!` : ''}lines ${m.fromLine}–${m.toLine} (${m.reason}), not read`);
  for (const h of result.hiddenSheets) out.push(`Hidden sheet not imported: ${h.name} (${h.visibility}; choose it with --sheet)`);
  if (result.rowsOmitted > 0) out.push(`Row reports: the first ${result.rows.length} listed, ${result.rowsOmitted} more counted only (--all-rows lists all)`);
  if (result.ok) out.push(`Dataset: ${s.counties} counties, ${s.indicators} indicators, ${s.attributes} attributes, years ${s.years.join(', ') || '—'}`);
  const doubtful = result.rows.filter((r) => r.status === 'ambiguous' || r.status === 'unmatched');
  if (doubtful.length > 0) out.push('', 'Rows not matched:');
  for (const r of doubtful.slice(0, maxListed)) {
    const cands = r.candidates.map((c) => `${c.name} ${c.adcode}${c.prefectureName ? ` (${c.prefectureName})` : ''}`).join('; ');
    out.push(`  ${where(r.line, r.sheet)} ${r.status}: ${r.code ?? ''} ${r.name ?? ''} — ${formatMatchReasons('en', r.reasons)}${cands ? ` — candidates: ${cands}` : ''}`);
  }
  if (doubtful.length > maxListed) out.push(`  … and ${doubtful.length - maxListed} more (use --json for all)`);
  if (result.issues.length > 0) out.push('', 'Checks:');
  for (const i of result.issues.slice(0, maxListed)) out.push(`  ${where(i.line, i.sheet)} ${i.kind}${i.column ? ` [${i.column}]` : ''}: ${i.detail}`);
  return out.join('\n');
}
