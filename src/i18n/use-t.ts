/** React hook giving a translate function bound to the current language. */
import { useCallback } from 'react';
import { useAppStore } from '../store/app-store';
import { translate, type MessageParams } from './translate';
import type { MessageKey } from './messages';

/** Returns `t(key, params)` for the current interface language. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const lang = useAppStore((s) => s.view.lang);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(lang, key, params), [lang]);
}

/** The current interface language. */
export function useLang(): 'zh-CN' | 'en' {
  return useAppStore((s) => s.view.lang);
}
