/**
 * JSON tables: an array of records ([{"代码": "130631", …}]), an array of rows ([["代码", …], […]]) or an object
 * holding one such array ({"data": […]}). Records get a synthetic header row numbered 0 (never reported);
 * record i (1-based) is numbered i.
 */
import { importError } from './import-error';
import type { ImportError, RawRow } from './import-types';

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function findArray(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed;
  if (typeof parsed !== 'object' || parsed === null) return null;
  const arrays = Object.values(parsed).filter(Array.isArray);
  return arrays.length === 1 ? (arrays[0] as unknown[]) : null;
}

/** Turns JSON text into rows; an ImportError when it is not JSON or not table-shaped. */
export function readJsonRows(text: string): RawRow[] | ImportError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return importError('bad_json');
  }
  const items = findArray(parsed);
  if (!items || items.length === 0) return importError('bad_json');
  if (items.every(Array.isArray)) {
    return (items as unknown[][]).map((row, i) => ({ line: i + 1, sheet: null, cells: row.map(cellOf) }));
  }
  if (!items.every((it) => typeof it === 'object' && it !== null && !Array.isArray(it))) return importError('bad_json');
  // Own properties only, through a Map: keys named like Object.prototype members ("constructor", "toString",
  // "__proto__") are ordinary column names, never looked up on the prototype.
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const item of items as Record<string, unknown>[]) {
    for (const key of Object.keys(item)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const rows: RawRow[] = [{ line: 0, sheet: null, cells: keys }];
  (items as Record<string, unknown>[]).forEach((item, i) => {
    const own = new Map(Object.entries(item));
    rows.push({ line: i + 1, sheet: null, cells: keys.map((k) => cellOf(own.get(k))) });
  });
  return rows;
}
