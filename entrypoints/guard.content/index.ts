import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../utils/guard/start-guard';

export default defineContentScript({
  // Replaced at build time by every catalog host (wxt.config.ts), so the catalog stays out of this bundle.
  matches: ['https://chatgpt.com/*'],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    startGuard({ api: browser, win: window, ctx });
  },
});
