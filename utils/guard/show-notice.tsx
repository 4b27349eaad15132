import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PasteNotice } from '../../components/PasteNotice';
import { pickLanguage } from '../i18n';
import { NOTICE_CSS } from './notice-css';
import { sentText } from './editor-bridge';
import { deepActiveElement } from './paste-target';
import { isReinserting, reinsertText, replaceComposerText } from './reinsert';
import { NOTICE_UI_GLOBAL, type NoticeUi } from './notice-loader';
import type { NoticeRequest } from './intervene';
import { showNotice } from './stopped-notice';

/**
 * Mounts a host element with an open shadow root. `all: initial` on the host stops the page's inherited
 * styles (fonts, colours, line height) from reaching the notice; the page's selectors cannot reach into
 * the shadow root, and the notice's styles cannot leak out.
 */
function mountShadowHost(): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement('vigie-notice');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}${NOTICE_CSS}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Never inside the page's editable content: an editor that edits its whole document (TinyMCE's frame, whose
  // body is the composer) would take the notice into its model, and keep what it wrapped it in after it went.
  const body = document.body;
  (body && !body.isContentEditable ? body : document.documentElement).append(host);
  return { host, container };
}

/**
 * The notice UI: shows the paste notice in an open shadow root, one at a time (a new one replaces the
 * previous), and returns focus to the editor on close.
 */
export function createNoticeUi(): NoticeUi {
  let removeCurrent: (() => void) | undefined;
  // A stopped composer's masked text is sent through this object (sendMasked): the notice gives it to carryOn.
  const show: NoticeUi['show'] = (notice, site) => showNotice(notice, (request) => present(request, site), ui, site);
  const ui: NoticeUi = {
    reinsert: (target, text) => reinsertText(document, target, text),
    async sendMasked(composer, text, read, send, site) {
      if (text === sentText(composer) || (await replaceComposerText(document, composer, text, read))) send();
      else show({ action: 'error', kind: 'submit', findings: [] }, site);
    },
    isReinserting,
    dismissAll: () => removeCurrent?.(),
    show,
  };
  return ui;

  function present(request: NoticeRequest, site: string): void {
    removeCurrent?.();
    const focused = deepActiveElement(document);
    const returnFocus = focused instanceof HTMLElement ? focused : undefined;
    const { host, container } = mountShadowHost();
    const remove = () => {
      render(null, container);
      host.remove();
      if (removeCurrent === remove) removeCurrent = undefined;
    };
    removeCurrent = remove;
    const close = () => {
      remove();
      returnFocus?.focus();
    };
    // Each choice removes the notice first, so the text goes back into the editor, which regains focus.
    const proceed = request.onProceed
      ? (justification?: string) => {
          remove();
          request.onProceed?.(justification);
        }
      : undefined;
    const redact = request.onRedact
      ? () => {
          remove();
          request.onRedact?.();
        }
      : undefined;
    const message = pickLanguage(request.message, browser.i18n.getUILanguage());
    render(
      <PasteNotice
        action={request.action}
        kind={request.kind}
        site={site}
        findings={request.findings}
        message={message}
        policyUrl={request.policyUrl}
        alternative={request.alternative}
        onClose={close}
        onProceed={proceed}
        onRedact={redact}
        reveal={request.reveal}
      />,
      container,
    );
  }
}

/** Registers the notice UI in this isolated world, where the guard finds it (see notice-loader.ts). */
export function installNoticeUi(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  scope[NOTICE_UI_GLOBAL] ??= createNoticeUi();
}
