/** React hook: the import panel's strings in the current language. */
import { useCallback } from 'react';
import { useLang } from '../../i18n/use-t';
import { importText, type ImportStringKey } from './import-strings';

/** Returns `it(key, params)` bound to the interface language. */
export function useImportText(): (key: ImportStringKey, params?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback((key: ImportStringKey, params?: Record<string, string | number>) => importText(lang, key, params), [lang]);
}
