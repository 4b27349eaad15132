/**
 * The report page's strings. Components never read the `browser` global: they take a ReportText from
 * context, which the extension builds from browser.i18n and the standalone file from a bundled catalog.
 */
import type { MessageKey } from '../i18n';
import { catalogMessage, findingTypeKey, type MessageCatalog } from '../i18n-catalog';

/** The text functions the report's components use, and the locale for numbers and dates. */
export interface ReportText {
  /** A BCP 47 language tag, e.g. `en-US` or `fr`. */
  locale: string;
  t(key: MessageKey, substitutions?: string | string[]): string;
  findingTypeLabel(type: string): string;
  valueLabel(prefix: 'action' | 'outcome' | 'kind', value: string): string;
}

export type { MessageCatalog } from '../i18n-catalog';

/** Builds a ReportText from a messages.json catalog, substituting placeholders as browser.i18n does. Pure. */
export function catalogText(catalog: MessageCatalog, locale: string): ReportText {
  const message = (key: string, substitutions?: string | string[]) => catalogMessage(catalog, key, substitutions);
  return {
    locale,
    t: (key, substitutions) => message(key, substitutions) || key,
    findingTypeLabel: (type) => message(findingTypeKey(type)) || type,
    valueLabel: (prefix, value) => message(`${prefix}_${value}`) || value,
  };
}
