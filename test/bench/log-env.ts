/**
 * The environment of the log benchmark, set up before any module that touches the browser is loaded:
 * fake-indexeddb for IndexedDB, a happy-dom window for the popup's DOM, and a `chrome` global that answers
 * i18n from the English catalog (what `wxt/browser` reads). Import it first.
 */
import 'fake-indexeddb/auto';
import { Window } from 'happy-dom';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { catalogMessage } from '../../utils/i18n-catalog';

const window = new Window({ url: 'https://bench.invalid/' });
const globals = globalThis as unknown as Record<string, unknown>;
for (const name of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Text', 'Event', 'MutationObserver']) {
  if (!(name in globals) || name === 'window' || name === 'document') globals[name] = name === 'window' ? window : (window as unknown as Record<string, unknown>)[name];
}
globals.chrome = {
  runtime: { id: 'vigie-bench' },
  i18n: { getMessage: (key: string, substitutions?: string | string[]) => catalogMessage(messages, key, substitutions), getUILanguage: () => 'en-US' },
};
