/** Bilingual import errors: every failure leaves the pipeline as one of these, never as an exception. */
import { MAX_COLUMNS, MAX_FIELD_CHARS } from './import-limits';
import type { ImportError, ImportErrorCode, MalformedSpan } from './import-types';

const MESSAGES: Record<ImportErrorCode, { zh: string; en: string }> = {
  empty_file: { zh: '文件是空的。', en: 'The file is empty.' },
  binary_file: {
    zh: '这不是可识别的表格文件（看起来是二进制内容）。请上传 CSV、TSV、XLSX、XLS 或 JSON。',
    en: 'This is not a table file (it looks binary). Please use CSV, TSV, XLSX, XLS or JSON.',
  },
  unsupported_format: {
    zh: '不支持这种文件格式。请上传 CSV、TSV、XLSX、XLS 或 JSON。',
    en: 'This file format is not supported. Please use CSV, TSV, XLSX, XLS or JSON.',
  },
  too_large: { zh: '文件太大。', en: 'The file is too large.' },
  bad_encoding: { zh: '无法识别文件的文字编码。', en: 'The text encoding of the file could not be read.' },
  bad_json: { zh: 'JSON 文件无法解析，或不是表格形式。', en: 'The JSON file cannot be parsed or is not a table.' },
  malformed_file: {
    zh: '文件结构有误，未导入任何数据：',
    en: 'The file is malformed and nothing was imported:',
  },
  bad_spreadsheet: { zh: '电子表格文件已损坏或无法读取。', en: 'The spreadsheet is damaged or cannot be read.' },
  wrong_delimiter: {
    zh: '找不到分隔符：每行只有一列。请确认文件用逗号、制表符或分号分隔。',
    en: 'No delimiter found: every line has one column. Check that the file is separated by commas, tabs or semicolons.',
  },
  no_table: { zh: '文件中找不到表头和数据行。', en: 'No header and data rows were found in the file.' },
  no_county_column: {
    zh: '找不到县的列：需要一列区划代码或县名。',
    en: 'No county column found: the table needs a column of adcodes or county names.',
  },
  no_value_column: { zh: '找不到数值列。', en: 'No column of numbers was found.' },
  bad_mapping: { zh: '列的设置无效。', en: 'The column settings are not valid.' },
  no_match: { zh: '没有一行能对应到县。', en: 'No row could be matched to a county.' },
  cancelled: { zh: '导入已取消。', en: 'The import was cancelled.' },
  internal: { zh: '导入时发生内部错误，已有数据未受影响。', en: 'Internal error during import; existing data is untouched.' },
};

/** Builds an import error; `detail` (already bilingual) is appended to the standard message. */
export function importError(code: ImportErrorCode, detail?: { zh: string; en: string }): ImportError {
  const base = MESSAGES[code];
  if (!detail) return { code, message: { zh: base.zh, en: base.en } };
  return { code, message: { zh: `${base.zh}${detail.zh}`, en: `${base.en} ${detail.en}` } };
}

/** True for values shaped like an ImportError (for results crossing a worker boundary). */
export function isImportError(value: unknown): value is ImportError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: unknown };
  return typeof v.code === 'string' && typeof v.message === 'object' && v.message !== null;
}

const SPAN_REASONS: Record<MalformedSpan['reason'], { zh: string; en: string }> = {
  unclosed_quote: { zh: '引号未闭合', en: 'a quote is never closed' },
  bad_quotes: { zh: '引号位置错误', en: 'a quote is misplaced' },
  too_many_columns: { zh: `一行超过 ${MAX_COLUMNS.toLocaleString('en')} 列`, en: `a row has more than ${MAX_COLUMNS.toLocaleString('en')} columns` },
  field_too_long: { zh: `一个单元格超过 ${MAX_FIELD_CHARS.toLocaleString('en')} 个字符`, en: `a cell is longer than ${MAX_FIELD_CHARS.toLocaleString('en')} characters` },
  row_too_long: { zh: '一行过长（超过 1 M 字符仍未换行）', en: 'a line runs on for over 1 M characters' },
};

/** The error for a file with a malformed span, naming its lines ("lines 12–51: a quote is never closed"). */
export function malformedError(span: MalformedSpan): ImportError {
  const reason = SPAN_REASONS[span.reason];
  const lines = span.fromLine === span.toLine ? `${span.fromLine}` : `${span.fromLine}–${span.toLine}`;
  const where = span.sheet ? { zh: `工作表“${span.sheet}”`, en: `sheet "${span.sheet}", ` } : { zh: '', en: '' };
  return importError('malformed_file', {
    zh: `${where.zh}第 ${lines} 行：${reason.zh}，这些行无法读取。请修正后再导入。`,
    en: `${where.en}line${span.fromLine === span.toLine ? '' : 's'} ${lines}: ${reason.en}, so these lines cannot be read. Fix the file and import it again.`,
  });
}
