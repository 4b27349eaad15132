import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { MessageKey } from '../utils/i18n';
import { CONTENT_TO_BG_LOAD_SCRIPT, CONTENT_TO_BG_SITE_BLOCKED } from '../utils/messaging';
import { POLICY_STATE_KEY } from '../utils/policy/policy-store';
import { startEarlyGuard } from '../utils/guard/early';

export default defineContentScript({
  // Anonymous: WXT would name the script's result and read that name in a footer; nothing uses it.
  globalName: false,
  // Replaced at build time by every catalog host (wxt.config.ts), like the guard's.
  matches: ['https://chatgpt.com/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Before any page script: the capture-phase listeners must come first. The guard itself (guard.content)
  // runs once the page is idle, so that its evaluation does not delay the page's own scripts.
  runAt: 'document_start',
  main() {
    startEarlyGuard({
      win: window,
      scope: globalThis as unknown as Record<string, unknown>,
      api: browser,
      readPolicy: () => browser.storage.local.get(POLICY_STATE_KEY).then((items) => items[POLICY_STATE_KEY]),
      onPolicyChange: (listener) => browser.storage.onChanged.addListener((changes, area) => area === 'local' && changes[POLICY_STATE_KEY] && listener(changes[POLICY_STATE_KEY].newValue)),
      reportBlocked: () => void browser.runtime.sendMessage({ type: CONTENT_TO_BG_SITE_BLOCKED }),
      loadScript: (script) => browser.runtime.sendMessage({ type: CONTENT_TO_BG_LOAD_SCRIPT, script }),
      // The message read as t() (utils/i18n.ts) reads it, without t's substitutions argument: terser cannot drop the
      // undefined that t passes on (3 bytes gzipped). The guard alerts through this one too (EarlyFunctions, early.ts).
      alert: (key: MessageKey) => window.alert(`Vigie: ${browser.i18n.getMessage(key) || key}`),
    });
  },
});
