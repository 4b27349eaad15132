import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createEventQueue } from '../../utils/guard/event-queue';
import { createPasteHandler } from '../../utils/guard/paste-guard';
import { createPolicyHolder } from '../../utils/guard/policy-holder';
import { capturePasteTarget, reinsertText } from '../../utils/guard/reinsert';
import { createNoticePresenter } from '../../utils/guard/show-notice';
import { CONTENT_TO_BG_EVENT, type EventAck } from '../../utils/messaging';

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
    const onPaste = createPasteHandler({
      site: location.hostname,
      policyState: policy.current,
      record: queue.push,
      notify: createNoticePresenter(ctx, location.hostname),
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
