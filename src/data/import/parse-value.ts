/**
 * Cell values: numbers in every form offices write them, missing markers, codes stored as floats and years.
 * The rule is "a number or missing, never a wrong number": anything doubtful is text, not a guess.
 */

/** A parsed cell: a number (with whether it was written as a percentage), a missing marker, or text. */
export type ParsedValue =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'missing' }
  | { kind: 'text'; text: string };

const MISSING = new Set([
  '', '-', '--', '---', '—', '——', '–', '‐', '―', '－', '…', '……', '...', '.', '/', '\\', '*', 'x', 'X',
  'na', 'n/a', 'n.a.', 'nan', 'null', 'none', 'nil', '#n/a', '#div/0!', '#value!', '#ref!', '#name?', '#num!',
  '#null!', '#getting_data', '无', '空', '暂无', '不详', '缺', '缺失', '未知',
]);

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Turns full-width ASCII forms (１２．３％, ，) and the ideographic space into their half-width forms. */
export function toHalfWidth(text: string): string {
  let i = 0;
  // Most cells have nothing to fold: scan first, build a new string only when needed.
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0xfeff || code === 0x3000;
}

/** Trims ordinary, full-width and non-breaking spaces and folds full-width characters. */
export function cleanCell(cell: string): string {
  const n = cell.length;
  if (n === 0) return cell;
  let ascii = true;
  for (let i = 0; i < n; i += 1) {
    if (cell.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  // Fast paths: plain ASCII needs at most a trim; nothing to trim at either end is the common case.
  if (ascii) return cell.charCodeAt(0) > 32 && cell.charCodeAt(n - 1) > 32 ? cell : cell.trim();
  const folded = toHalfWidth(cell);
  if (!isSpace(folded.charCodeAt(0)) && !isSpace(folded.charCodeAt(folded.length - 1))) return folded;
  return folded.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/g, '');
}

/** True for the markers offices use for "no value" ("—", "-", "NA", "#DIV/0!", "…", ""). */
export function isMissingToken(cell: string): boolean {
  return MISSING.has(cleanCell(cell).toLowerCase());
}

/** Parses one cell into a number, a missing marker or text; see the module comment for the rules. */
export function parseValue(cell: string): ParsedValue {
  const text = cleanCell(cell);
  if (MISSING.has(text.toLowerCase())) return { kind: 'missing' };
  let body = text;
  let percent = false;
  let perMille = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trimEnd();
  } else if (body.endsWith('‰')) {
    percent = true;
    perMille = true;
    body = body.slice(0, -1).trimEnd();
  }
  if (THOUSANDS.test(body)) body = body.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(body)) return { kind: 'text', text };
  const value = Number(body);
  if (!Number.isFinite(value)) return { kind: 'text', text };
  return { kind: 'number', value: perMille ? value / 10 : value, percent };
}

/**
 * Normalises an administrative code: "130631", "130631.0", "1.30631E+05", full-width digits and 12-digit
 * statistical codes ending in 000000 become a 6-digit string; anything else is null.
 */
export function normaliseCode(cell: string): string | null {
  const text = cleanCell(cell);
  if (/^\d{6}$/.test(text)) return text;
  let digits: string | null = null;
  const float = /^(\d+)\.0*$/.exec(text);
  if (float?.[1]) digits = float[1];
  else if (/^\d{12}$/.test(text)) digits = text;
  else if (/^\d(?:\.\d+)?[eE]\+?\d+$/.test(text)) {
    const n = Number(text);
    if (Number.isInteger(n)) digits = String(n);
  }
  if (digits === null) return null;
  if (digits.length === 6) return digits;
  if (digits.length === 12 && digits.endsWith('000000')) return digits.slice(0, 6);
  return null;
}

/** True when a code looks like a province, prefecture or county code (2-digit province part 11–82). */
export function isPlausibleAdcode(code: string): boolean {
  const province = Number(code.slice(0, 2));
  return province >= 11 && province <= 82;
}

/** Reads a year cell: "2016", "2016.0", "2016年", "2016年度" → 2016 (1900–2100); otherwise null. */
export function parseYear(cell: string): number | null {
  const text = cleanCell(cell);
  const m = /^((?:19|20)\d{2})(?:\.0+)?\s*(?:年度?)?$/.exec(text);
  if (!m?.[1]) return null;
  return Number(m[1]);
}

/** Finds a year token in a header ("2016年", "人均收入2016", "2016年度 人均") and returns it with the rest. */
export function splitHeaderYear(header: string): { year: number | null; rest: string } {
  const text = cleanCell(header);
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)\s*(?:年度|年末|年底|年)?/.exec(text);
  if (!m?.[1]) return { year: null, rest: text };
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length))
    .replace(/[\s_\-()（）:：,，/]+/g, ' ')
    .trim();
  return { year: Number(m[1]), rest };
}
