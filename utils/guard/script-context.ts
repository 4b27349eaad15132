import { browser } from 'wxt/browser';
import { EARLY_GLOBAL, type Early } from './early';

/** What the guard needs of the content script's lifetime. WXT's ContentScriptContext has this shape too. */
export interface GuardContext {
  /** False once the extension was updated, reloaded or removed, or a newer copy of the script started. */
  readonly isValid: boolean;
  onInvalidated(callback: () => void): unknown;
  /** Adds a listener that is removed when the context is invalidated. */
  addEventListener(target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions): void;
}

/**
 * The content script's lifetime, in place of WXT's ContentScriptContext: wxt.config.ts swaps this class in
 * for the content script build only, because the script that runs on every AI page has a size budget and the
 * guard uses a fraction of WXT's class (timers, location watching and its logger are not needed).
 *
 * An update or reload of the extension leaves the previous copy of the script running in pages already open,
 * cut off from the extension. Each copy announces its start on the document; an older copy that hears a newer
 * one stops listening, so a page never has two guards.
 */
export class ContentScriptContext implements GuardContext {
  private readonly controller = new AbortController();

  constructor(name: string) {
    const started = `${browser.runtime.id}:${name}:started`;
    // A second copy of the guard where one already runs (the early guard had it injected before its declared
    // run came, utils/guard/early.ts): it does nothing, and must not stop the one that runs.
    if ((globalThis as unknown as Record<string, Early | undefined>)[EARLY_GLOBAL]?.handlers) {
      this.controller.abort();
      return;
    }
    // Announce first, then listen: only copies started later are heard.
    document.dispatchEvent(new CustomEvent(started));
    this.addEventListener(document, started, () => this.controller.abort());
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.controller.abort();
    return !this.controller.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.controller.signal.addEventListener('abort', callback);
  }

  addEventListener(target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.controller.signal });
  }
}
