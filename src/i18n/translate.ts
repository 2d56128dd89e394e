/**
 * The one i18n entry point: `translate(lang, key, params)` and the `useT()` hook. Features may keep larger
 * module-local tables (e.g. indicator names) as LocalText in their data, rendered with `localText`.
 */
import type { Lang } from '../model/view/view-state';
import type { LocalText } from '../model/indicators/dataset';
import { messages, type MessageKey } from './messages';

/** Parameters substituted for {name} placeholders. */
export type MessageParams = Record<string, string | number>;

/** Looks up a message in a language and fills its placeholders. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return fillText(lang, messages[key], params);
}

/** Picks the language's side of a bilingual text and fills its {name} placeholders (for feature string tables). */
export function fillText(lang: Lang, text: LocalText, params?: MessageParams): string {
  const template = lang === 'en' ? text.en : text.zh;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks the language's side of a bilingual text. */
export function localText(lang: Lang, text: LocalText): string {
  return lang === 'en' ? text.en : text.zh;
}

/** Number formatting for the language (grouping follows the locale). */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(lang, { maximumFractionDigits }).format(value);
}
