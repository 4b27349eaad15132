import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_DETECTORS } from '../../utils/detect/scan';
import { createCustomDetectorSource } from '../../utils/guard/custom-loader';
import { createEventQueue } from '../../utils/guard/event-queue';
import { createFileInterceptor, FILE_GUARD_GLOBAL, type FileGuard } from '../../utils/guard/file-intercept';
import { createLazyNotifier } from '../../utils/guard/notice-loader';
import type { Acknowledged } from '../../utils/guard/intervene';
import { createPasteHandler, createTextDropHandler, currentSite } from '../../utils/guard/paste-guard';
import { createPolicyHolder } from '../../utils/guard/policy-holder';
import { capturePasteTarget, reinsertText } from '../../utils/guard/reinsert';
import { createSubmitGuard } from '../../utils/guard/submit-guard';
import { t } from '../../utils/i18n';
import { CONTENT_TO_BG_EVENT, CONTENT_TO_BG_LOAD_SCRIPT, CONTENT_TO_BG_SITE_BLOCKED, type EventAck } from '../../utils/messaging';
import type { PolicyState } from '../../utils/policy/load';
import { startVisitTracking } from '../../utils/visits/start-visit-tracking';

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
    // Shadow AI discovery: the top frame reports visits and active time (utils/visits/).
    startVisitTracking({ win: window, sendMessage: (message) => browser.runtime.sendMessage(message), isAlive: () => ctx.isValid, enabled: () => policy.current().policy.logging.visits !== false });
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
    const deps = {
      host,
      policyState: policy.current,
      detectors: custom.current,
      record: queue.push,
      notify: notices.notify,
      prepareReinsert() {
        const target = capturePasteTarget(document);
        return (text: string) => void (target && reinsertText(document, target, text));
      },
      now: Date.now,
      newId: () => crypto.randomUUID(),
      document,
    };
    // Values the user let through on this page are not questioned again when the composer is sent.
    const acknowledged: Acknowledged = new Set();
    const submit = createSubmitGuard(deps, acknowledged);
    const fileGuard = async () => {
      if (!scope[FILE_GUARD_GLOBAL]) await loadScript('file-guard');
      const guard = scope[FILE_GUARD_GLOBAL] as FileGuard | undefined;
      if (!guard) throw new Error('the file guard did not register');
      return guard;
    };
    const files = createFileInterceptor(deps, acknowledged, fileGuard);
    // Window, capture phase: Vigie decides before any page handler, even one that stops propagation.
    const capture = { capture: true };
    ctx.addEventListener(window, 'paste', files.onPaste, capture);
    ctx.addEventListener(window, 'paste', createPasteHandler(deps, acknowledged), capture);
    ctx.addEventListener(window, 'drop', createTextDropHandler(deps, acknowledged), capture);
    ctx.addEventListener(window, 'drop', files.onDrop, capture);
    ctx.addEventListener(window, 'input', files.onInputOrChange, capture);
    ctx.addEventListener(window, 'change', files.onInputOrChange, capture);
    ctx.addEventListener(window, 'keydown', submit.onKeyDown, capture);
    ctx.addEventListener(window, 'click', submit.onClick, capture);
    ctx.addEventListener(window, 'focusin', submit.onFocusIn, capture);
  },
});
