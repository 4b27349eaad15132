import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuard } from '../../utils/guard/start-guard';

export default defineContentScript({
  // Anonymous: WXT would name the script's result and read that name in a footer; nothing uses it.
  globalName: false,
  // Replaced at build time by every catalog host (wxt.config.ts), so the catalog stays out of this bundle.
  matches: ['https://chatgpt.com/*'],
  allFrames: true,
  // Editing frames a page makes itself (TinyMCE's srcdoc or about:blank iframe) hold the composer: the guard
  // runs there too, under the site whose origin they inherit.
  matchAboutBlank: true,
  // Once the page is idle (after DOMContentLoaded, at the latest just after load), not at document_start: its
  // evaluation (the detection engine) would delay the page's own scripts. The early guard
  // (guard-start.content.ts) listens from document_start and holds back content until then.
  runAt: 'document_idle',
  main(ctx) {
    startGuard(window, ctx);
  },
});
