import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';
import { catalogMessage } from '../../utils/i18n-catalog';

// fakeBrowser does not implement i18n; answer from the English catalog, as the browser would.
const getMessage = (key: string, substitutions?: string | string[]) => catalogMessage(messages, key, substitutions);

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
});
