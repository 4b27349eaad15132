import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../utils/guard/start-guard';

export default defineContentScript({
  // Replaced at build time by every catalog host (wxt.config.ts), so the catalog stays out of this bundle.
  matches: ['https://chatgpt.com/*'],
  allFrames: true,
  // Editing frames a page makes itself (TinyMCE's srcdoc or about:blank iframe) hold the composer: the guard
  // runs there too, under the site whose origin they inherit.
  matchAboutBlank: true,
  runAt: 'document_start',
  main(ctx) {
    startGuard({ api: browser, win: window, ctx });
  },
});
