import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createEventQueue } from '../../utils/guard/event-queue';
import { createLazyNotifier } from '../../utils/guard/notice-loader';
import { createPasteHandler } from '../../utils/guard/paste-guard';
import { createPolicyHolder } from '../../utils/guard/policy-holder';
import { capturePasteTarget, reinsertText } from '../../utils/guard/reinsert';
import { t } from '../../utils/i18n';
import { CONTENT_TO_BG_EVENT, CONTENT_TO_BG_LOAD_NOTICE_UI, type EventAck } from '../../utils/messaging';

export default defineContentScript({
  // Replaced at build time by every catalog host (wxt.config.ts), so the catalog stays out of this bundle.
  matches: ['https://chatgpt.com/*'],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    const policy = createPolicyHolder(browser.storage.local, (listener) => browser.storage.onChanged.addListener(listener));
    const queue = createEventQueue({
      send: (event) => browser.runtime.sendMessage({ type: CONTENT_TO_BG_EVENT, event }) as Promise<EventAck | undefined>,
      onRejected: (_event, error) => console.error('Vigie: the background refused an event:', error),
      isAlive: () => ctx.isValid,
    });
    const notices = createLazyNotifier({
      site: location.hostname,
      scope: globalThis as unknown as Record<string, unknown>,
      requestUi: () => browser.runtime.sendMessage({ type: CONTENT_TO_BG_LOAD_NOTICE_UI }),
      fallback(request, error) {
        console.error('Vigie: could not show the notice', error);
        // The paste was stopped already; the user must still learn why.
        if (request.action !== 'warn') window.alert(`Vigie: ${t(request.action === 'block' ? 'noticeBlockTitle' : 'noticeErrorTitle')}`);
      },
    });
    ctx.onInvalidated(notices.dismissAll);
    const onPaste = createPasteHandler({
      site: location.hostname,
      policyState: policy.current,
      record: queue.push,
      notify: notices.notify,
      prepareReinsert() {
        const target = capturePasteTarget(document);
        return (text) => void (target && reinsertText(document, target, text));
      },
      now: Date.now,
      newId: () => crypto.randomUUID(),
    });
    // Window, capture phase: Vigie decides before any page handler, even one that stops propagation.
    ctx.addEventListener(window, 'paste', onPaste, { capture: true });
  },
});
