import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

// fakeBrowser does not implement i18n; answer from the English catalog, as the browser would.
const english: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = messages;

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = english[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = entry.placeholders ?? {};
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_whole, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_d, n: string) => subs[Number(n) - 1] ?? '');
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
});
