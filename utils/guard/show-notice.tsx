import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PasteNotice } from '../../components/PasteNotice';
import { pickLanguage } from '../i18n';
import { NOTICE_CSS } from './notice-css';
import type { NoticeRequest } from './paste-guard';

async function mountNotice(ctx: ContentScriptContext, site: string, request: NoticeRequest): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'vigie-notice',
    position: 'inline',
    anchor: 'body',
    css: NOTICE_CSS,
    onMount(container) {
      // `ui` is assigned before mount() runs, and these callbacks run later still.
      const close = () => {
        ui.remove();
        returnFocus?.focus();
      };
      const proceed = request.onProceed
        ? () => {
            ui.remove();
            request.onProceed?.();
          }
        : undefined;
      const message = pickLanguage(request.message, browser.i18n.getUILanguage());
      render(<PasteNotice action={request.action} site={site} findings={request.findings} message={message} onClose={close} onProceed={proceed} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}

/**
 * Shows the paste notice in an open shadow root, so the page's styles neither reach it nor are touched
 * by it. One notice at a time: a new one replaces the previous. Focus returns to the editor on close.
 */
export function createNoticePresenter(ctx: ContentScriptContext, site: string): (request: NoticeRequest) => void {
  let current: ShadowRootContentScriptUi<HTMLElement> | undefined;
  return (request) => {
    current?.remove();
    current = undefined;
    mountNotice(ctx, site, request).then(
      (ui) => {
        current = ui;
      },
      (error: unknown) => console.error('Vigie: could not show the notice', error),
    );
  };
}
