/**
 * The report page's strings. Components never read the `browser` global: they take a ReportText from
 * context, which the extension builds from browser.i18n and the standalone file from a bundled catalog.
 */
import type { MessageKey } from '../i18n';

/** The text functions the report's components use, and the locale for numbers and dates. */
export interface ReportText {
  /** A BCP 47 language tag, e.g. `en-US` or `fr`. */
  locale: string;
  t(key: MessageKey, substitutions?: string | string[]): string;
  findingTypeLabel(type: string): string;
  valueLabel(prefix: 'action' | 'outcome' | 'kind', value: string): string;
}

/** A messages.json catalog as the browser reads it. */
export type MessageCatalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Builds a ReportText from a messages.json catalog, substituting placeholders as browser.i18n does. Pure. */
export function catalogText(catalog: MessageCatalog, locale: string): ReportText {
  const message = (key: string, substitutions?: string | string[]): string => {
    const entry = catalog[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = entry.placeholders ?? {};
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_whole, name: string) => {
      const content = placeholders[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_d, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
  return {
    locale,
    t: (key, substitutions) => message(key, substitutions) || key,
    // The same key scheme as findingTypeKey() in utils/i18n.ts, which cannot be imported here because that
    // module reads the extension's `browser` global.
    findingTypeLabel: (type) => message(`type_${type.replace(/[^A-Za-z0-9]/g, '_')}`) || type,
    valueLabel: (prefix, value) => message(`${prefix}_${value}`) || value,
  };
}
