/**
 * The register as files: JSON (the whole register, the shape the project file embeds) and CSV (one row per entry,
 * for a spreadsheet). Both are read back through the register schema: a bad file throws one SchemaError naming the
 * row or path and what was expected, and yields nothing, so an import never half-replaces the register.
 */
import Papa from 'papaparse';
import { toCsv } from '../../lib/csv-export';
import { parseWithSchema, SchemaError } from '../../lib/parse-with-schema';
import { riskRegisterSchema, RISK_REGISTER_VERSION, type RiskCategory, type RiskEntry, type RiskRegister } from './risk-entry';

/** Largest register file read (characters). */
export const MAX_RISK_FILE_CHARS = 16 * 1024 * 1024;

/** The register as JSON text. */
export function riskRegisterToJson(register: RiskRegister): string {
  return `${JSON.stringify(register, null, 2)}\n`;
}

/** Validates a parsed register (from JSON, IndexedDB or a project file). */
export function parseRiskRegister(json: unknown, file = 'risk register'): RiskRegister {
  return parseWithSchema(riskRegisterSchema, json, file);
}

/** Reads register JSON text; throws naming `file`. */
export function riskRegisterFromJson(text: string, file: string): RiskRegister {
  if (text.length > MAX_RISK_FILE_CHARS) throw new SchemaError(file, '', 'expected a file under 16 MB');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SchemaError(file, '', `expected JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseRiskRegister(json, file);
}

/** CSV columns, in order. Counties are separated by ';', actions are lines "YYYY-MM-DD text". */
export const RISK_CSV_COLUMNS = ['id', 'category', 'category_zh', 'category_en', 'title', 'description', 'counties', 'owner', 'level', 'status', 'due', 'link_kind', 'link_id', 'actions', 'created_at', 'updated_at'] as const;

/** The register as CSV text (custom category names ride along on their entries' rows). */
export function riskRegisterToCsv(register: RiskRegister): string {
  const names = new Map(register.categories.map((c) => [c.id, c.name]));
  const rows = register.entries.map((e) => [
    e.id,
    e.category,
    names.get(e.category)?.zh ?? '',
    names.get(e.category)?.en ?? '',
    e.title,
    e.description,
    e.counties.join(';'),
    e.owner,
    e.level,
    e.status,
    e.due ?? '',
    e.link?.kind ?? '',
    e.link?.id ?? '',
    e.actions.map((a) => `${a.date} ${a.text.replace(/\r?\n/g, ' ')}`).join('\n'),
    e.createdAt,
    e.updatedAt,
  ]);
  return toCsv([[...RISK_CSV_COLUMNS], ...rows]);
}

/** The apostrophe the CSV writer puts before formula-like text (undone on reading, so text round-trips). */
const NEUTRALISED = /^'(?=(?:[\p{Cf}\p{Zs}\u00ad\u115f\u1160\u180e\u3164\uffa0]|\u034f)*[=+\-@\t\r])/u;

/** Reads register CSV text; throws naming `file` and the row. */
export function riskRegisterFromCsv(text: string, file: string): RiskRegister {
  if (text.length > MAX_RISK_FILE_CHARS) throw new SchemaError(file, '', 'expected a file under 16 MB');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) throw new SchemaError(file, `row ${(quoteError.row ?? 0) + 1}`, quoteError.message);
  const [header, ...body] = parsed.data;
  if (!header) throw new SchemaError(file, '', 'expected a header row');
  const at = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = RISK_CSV_COLUMNS.filter((c) => !at.has(c) && !c.startsWith('category_'));
  if (missing.length) throw new SchemaError(file, 'header', `expected columns ${missing.join(', ')}`);
  const categories = new Map<string, RiskCategory>();
  const entries = body.map((cells, r): unknown => {
    const cell = (name: (typeof RISK_CSV_COLUMNS)[number]): string => {
      const i = at.get(name);
      return i === undefined ? '' : (cells[i] ?? '').replace(NEUTRALISED, '');
    };
    const rowPath = `row ${r + 2}`;
    const category = cell('category');
    if (cell('category_zh') || cell('category_en')) categories.set(category, { id: category, name: { zh: cell('category_zh'), en: cell('category_en') } });
    const actions = cell('actions')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((line) => {
        const m = /^(\S+)\s+([\s\S]*)$/.exec(line.trim());
        if (!m) throw new SchemaError(file, `${rowPath}.actions`, `expected "YYYY-MM-DD text" lines (got ${JSON.stringify(line.slice(0, 60))})`);
        return { date: m[1], text: m[2] };
      });
    const levelText = cell('level').trim();
    const linkKind = cell('link_kind').trim();
    return {
      id: cell('id').trim(),
      category,
      title: cell('title'),
      description: cell('description'),
      counties: cell('counties').split(/[;；\s]+/).filter(Boolean),
      owner: cell('owner'),
      level: /^\d$/.test(levelText) ? Number(levelText) : levelText,
      status: cell('status').trim(),
      due: cell('due').trim() || null,
      link: linkKind ? { kind: linkKind, id: cell('link_id').trim() } : null,
      actions,
      createdAt: cell('created_at'),
      updatedAt: cell('updated_at'),
    };
  });
  try {
    return parseRiskRegister({ v: RISK_REGISTER_VERSION, categories: [...categories.values()], entries }, file);
  } catch (error) {
    // Name the spreadsheet row rather than the array index.
    if (error instanceof SchemaError) {
      const m = /^entries\[(\d+)\]\.?(.*)$/.exec(error.path);
      if (m) throw new SchemaError(file, `row ${Number(m[1]) + 2}${m[2] ? `.${m[2]}` : ''}`, error.expected);
    }
    throw error;
  }
}

/** Merges an imported register into the current one: imported entries replace those with the same id. */
export function mergeRiskRegisters(current: RiskRegister, imported: RiskRegister): RiskRegister {
  const ids = new Set(imported.entries.map((e) => e.id));
  const catIds = new Set(imported.categories.map((c) => c.id));
  const entries: RiskEntry[] = [...current.entries.filter((e) => !ids.has(e.id)), ...imported.entries];
  return { v: RISK_REGISTER_VERSION, categories: [...current.categories.filter((c) => !catIds.has(c.id)), ...imported.categories], entries };
}
