import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';
import { findingTypeKey } from './i18n-catalog';

/** A message key of public/_locales (English is the reference; a test checks French has the same keys). */
export type MessageKey = keyof typeof messages;

/** The localized message, or the key itself when the browser has none (never an empty label). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

export { findingTypeKey };

/** A finding type's label; the type id itself when there is no translation yet. */
export function findingTypeLabel(type: string): string {
  return browser.i18n.getMessage(findingTypeKey(type) as MessageKey) || type;
}

/** Picks the text for the UI language from a per-language map (a policy message), English as fallback. */
export function pickLanguage(texts: Record<string, string> | undefined, uiLanguage: string): string | undefined {
  if (!texts) return undefined;
  const language = uiLanguage.toLowerCase();
  return texts[language] ?? texts[language.split('-')[0]] ?? texts.en ?? Object.values(texts)[0];
}

/** The label of an enumerated value (`action_warn`, `kind_paste`...); the value itself when there is none. */
export function valueLabel(prefix: 'action' | 'outcome' | 'kind', value: string): string {
  return browser.i18n.getMessage(`${prefix}_${value}` as MessageKey) || value;
}
