import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PasteNotice } from '../../components/PasteNotice';
import { pickLanguage } from '../i18n';
import { NOTICE_CSS } from './notice-css';
import type { NoticeRequest } from './paste-guard';

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
  (document.body ?? document.documentElement).append(host);
  return { host, container };
}

/**
 * Shows the paste notice in an open shadow root. One notice at a time: a new one replaces the previous.
 * Focus returns to the editor on close; the notice goes away if the extension is updated under the page.
 */
export function createNoticePresenter(ctx: ContentScriptContext, site: string): (request: NoticeRequest) => void {
  let removeCurrent: (() => void) | undefined;
  ctx.onInvalidated(() => removeCurrent?.());
  return (request) => {
    removeCurrent?.();
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
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
    const proceed = request.onProceed
      ? () => {
          remove();
          request.onProceed?.();
        }
      : undefined;
    const message = pickLanguage(request.message, browser.i18n.getUILanguage());
    render(<PasteNotice action={request.action} site={site} findings={request.findings} message={message} onClose={close} onProceed={proceed} />, container);
  };
}
