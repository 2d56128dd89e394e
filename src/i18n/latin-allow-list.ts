/**
 * The Latin words a Chinese interface may show: file formats, codes, units and product names that Chinese users read
 * in Latin letters too. Everything else in Latin letters on a zh-CN screen is untranslated English. Shared by the
 * string-table unit test and the browser test that walks a zh-CN page.
 */
export const ZH_LATIN_ALLOW_LIST: ReadonlySet<string> = new Set([
  // file formats and data words
  'Excel', 'CSV', 'TSV', 'XLSX', 'XLS', 'JSON', 'PNG', 'PDF', 'A4', 'UTF', 'GBK', 'GB', 'URL', 'ID', 'IndexedDB',
  // units and quantities
  'km', 'm', 'M', 'k', 'GDP', 'kWh', '4G', '5G',
  // browsers, graphics, keys, libraries
  'WebGL', 'WebGL2', 'Chrome', 'Edge', 'Firefox', 'Esc', 'Ctrl', 'Shift', 'Enter', 'Alt', 'F5', 'P', 'B', 'MapLibre', 'OpenStreetMap', 'Tab',
  // the product's own name
  'Tandem',
]);

/** Latin words in a text that the allow-list does not cover ("放大 Zoom in" → ["Zoom", "in"]). */
export function latinWordsOutsideAllowList(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  // {name} placeholders are filled in later, not shown.
  const words = text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g) ?? [];
  return words.filter((w) => !ZH_LATIN_ALLOW_LIST.has(w) && !extra.has(w));
}
