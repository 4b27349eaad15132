import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_DETECTORS } from '../../utils/detect/scan';
import { createCustomDetectorSource } from '../../utils/guard/custom-loader';
import { createEventQueue } from '../../utils/guard/event-queue';
import { createLazyNotifier } from '../../utils/guard/notice-loader';
import { createPasteHandler, currentSite } from '../../utils/guard/paste-guard';
import { createPolicyHolder } from '../../utils/guard/policy-holder';
import { capturePasteTarget, reinsertText } from '../../utils/guard/reinsert';
import { t } from '../../utils/i18n';
import { CONTENT_TO_BG_EVENT, CONTENT_TO_BG_LOAD_SCRIPT, CONTENT_TO_BG_SITE_BLOCKED, type EventAck } from '../../utils/messaging';
import type { PolicyState } from '../../utils/policy/load';

export default defineContentScript({
  // Replaced at build time by every catalog host (wxt.config.ts), so the catalog stays out of this bundle.
  matches: ['https://chatgpt.com/*'],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    const host = location.hostname;
    const scope = globalThis as unknown as Record<string, unknown>;
    const loadScript = (script: string) => browser.runtime.sendMessage({ type: CONTENT_TO_BG_LOAD_SCRIPT, script });
    const custom = createCustomDetectorSource({
      scope,
      loadScript,
      builtIn: DEFAULT_DETECTORS,
      onError: (error) => console.error('Vigie: custom detectors of the policy could not be loaded', error),
    });
    let blockedSent = false;
    const onPolicy = (state: PolicyState) => {
      custom.update(state.policy.detectors);
      // A blocked site gives way to the interstitial (the background checks the status again before showing it).
      if (window === window.top && !blockedSent && state.policy.mode === 'enforce' && currentSite(state, host).status === 'blocked') {
        blockedSent = true;
        window.stop();
        void browser.runtime.sendMessage({ type: CONTENT_TO_BG_SITE_BLOCKED });
      }
    };
    const policy = createPolicyHolder(browser.storage.local, (listener) => browser.storage.onChanged.addListener(listener), onPolicy);
    const queue = createEventQueue({
      send: (event) => browser.runtime.sendMessage({ type: CONTENT_TO_BG_EVENT, event }) as Promise<EventAck | undefined>,
      onRejected: (_event, error) => console.error('Vigie: the background refused an event:', error),
      isAlive: () => ctx.isValid,
    });
    const notices = createLazyNotifier({
      site: host,
      scope,
      requestUi: () => loadScript('notice-ui'),
      fallback(request, error) {
        console.error('Vigie: could not show the notice', error);
        // The paste was stopped already; the user must still learn why.
        if (request.action !== 'warn') window.alert(`Vigie: ${t(request.action === 'block' ? 'noticeBlockTitle' : 'noticeErrorTitle')}`);
      },
    });
    ctx.onInvalidated(notices.dismissAll);
    const onPaste = createPasteHandler({
      host,
      policyState: policy.current,
      detectors: custom.current,
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
