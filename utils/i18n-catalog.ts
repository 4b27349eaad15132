/**
 * Message catalogs (public/_locales/<lang>/messages.json) read without the extension's `browser` global:
 * for the standalone report page and for tests. In the extension, browser.i18n does the same work.
 */

/** A messages.json catalog as the browser reads it. */
export type MessageCatalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The message `key` of `catalog` with its placeholders substituted as browser.i18n.getMessage does; '' if absent. */
export function catalogMessage(catalog: MessageCatalog, key: string, substitutions?: string | string[]): string {
  const entry = catalog[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = entry.placeholders ?? {};
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_whole, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_d, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** The message key of a finding type's label, e.g. pii.credit_card -> type_pii_credit_card. */
export function findingTypeKey(type: string): string {
  return `type_${type.replace(/[^A-Za-z0-9]/g, '_')}`;
}
