import type { Composer } from './composer';
import type { NoticeRequest, Stopped } from './intervene';
import { lazyGlobal, type ScriptGlobal } from './lazy-global';
import type { PasteTarget } from './paste-target';

/**
 * The global, in the extension's isolated world of a frame, under which the lazily injected notice UI
 * (entrypoints/notice-ui.ts) registers itself. Content scripts and scripts the extension injects into the
 * same frame share that world, and the page cannot see it.
 */
export const NOTICE_UI_GLOBAL: ScriptGlobal<'notice-ui'> = '__vigie:notice-ui';

/** What the injected notice UI offers the guard. */
export interface NoticeUi {
  /** Shows a notice: an error's, or a stopped event's, which it builds (utils/guard/stopped-notice.ts). */
  show(notice: NoticeRequest | Stopped, site: string): void;
  /** Removes any notice (the extension was updated or reloaded under the page). */
  dismissAll(): void;
  /** Inserts text where a paste or drop was aimed (utils/guard/reinsert.ts); resolves once it was handed over. */
  reinsert(target: PasteTarget, text: string): Promise<boolean>;
  /**
   * Sends a composer holding `text` (`read` when it was sent, or `text` masked): at once (`send`) when it holds that
   * text still, otherwise once the editor took it in place of its whole text; if the composer did not take it, shows the
   * submit error notice for `site` instead (never send what the user did not choose). Resolves once it did either.
   * Here rather than in the guard, for the content script's bytes: the notice hands it, with the text read and the
   * site, to the composer's carryOn (Stopped.carryOn, SendText), which calls it.
   */
  sendMasked(composer: Composer, text: string, read: string, send: () => void, site: string): Promise<void>;
  /** True while text is being handed back to the page as a paste (the paste guard lets that event be). */
  isReinserting(): boolean;
}

/**
 * Creates the guard's `notify`: the notice UI (Preact, its styles) is not part of the content script that
 * runs on every AI page; it is injected on the first intervention and reused after that. Given the site, the
 * global object the UI registers in (`scope`), what asks the background to inject the UI into this frame
 * (`requestUi`, with the script's name; resolves once it ran), and a last resort that tells the user when the UI
 * cannot be shown (`fallback`, given the error: the paste was stopped all the same, and a stopped event is recorded
 * first, as the notice UI would have: without its excerpt). Arguments rather than an
 * object of them, for the content script's bytes.
 */
export function createLazyNotifier(
  site: string,
  scope: Record<string, unknown>,
  requestUi: (script: 'notice-ui') => Promise<unknown>,
  fallback: (error: unknown) => void,
): { notify(request: NoticeRequest | Stopped): void; dismissAll(): void; loadUi(): Promise<NoticeUi>; loadedUi(): NoticeUi | undefined } {
  const current = () => scope[NOTICE_UI_GLOBAL] as NoticeUi | undefined;
  const load = lazyGlobal<NoticeUi, 'notice-ui'>(scope, 'notice-ui', requestUi);
  return {
    notify(request) {
      const ui = current();
      if (ui) {
        ui.show(request, site);
        return;
      }
      load().then(
        (loaded) => loaded.show(request, site),
        (error: unknown) => {
          // The stopped event is recorded all the same, without its excerpt (which the notice UI makes).
          if ('first' in request) request.record(request.first);
          fallback(error);
        },
      );
    },
    dismissAll: () => current()?.dismissAll(),
    loadUi: load,
    loadedUi: current,
  };
}
