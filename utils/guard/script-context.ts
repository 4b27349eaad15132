import { EARLY_GLOBAL, type Early } from './early';

/**
 * The extension API, the early guard's (early.ts): the same object this script's own import would find (the two
 * scripts share their frame's content script global), without a second copy of the code that finds it. Read when
 * used: the guard uses its context only once it found the early guard.
 */
const api = () => (globalThis as unknown as Record<string, Early>)[EARLY_GLOBAL].functions.api;

/** What the guard needs of the content script's lifetime. WXT's ContentScriptContext has this shape too. */
export interface GuardContext {
  /** False once the extension was updated, reloaded or removed, or a newer copy of the script started. */
  readonly isValid: boolean;
  onInvalidated(callback: () => void): unknown;
}

/**
 * The content script's lifetime, in place of WXT's ContentScriptContext: wxt.config.ts swaps this class in
 * for the content script build only, because the script that runs on every AI page has a size budget and the
 * guard uses a fraction of WXT's class (timers, location watching and its logger are not needed).
 *
 * An update or reload of the extension leaves the previous copy of the script running in pages already open,
 * cut off from the extension. Each copy announces its start on the document when it is first used; an older
 * copy that hears a newer one stops listening, so a page never has two guards. A copy never used announces
 * nothing: the early guard (which needs no context, and at document_start touches as little as it can), or a
 * second copy of the guard that finds one running (utils/guard/early.ts).
 */
export class ContentScriptContext implements GuardContext {
  // `declare`: no class field emitted (set on first use).
  declare private controller?: AbortController;

  private get signal(): AbortSignal {
    if (!this.controller) {
      const controller = (this.controller = new AbortController());
      // The guard is the one script that takes this context: copies of it announce themselves under its name.
      const started = `${api().runtime.id}:guard:started`;
      // Announce first, then listen: only copies started later are heard.
      document.dispatchEvent(new CustomEvent(started));
      document.addEventListener(started, () => controller.abort(), { signal: controller.signal });
    }
    return this.controller.signal;
  }

  get isValid(): boolean {
    // The guard uses its context from its start: the controller exists by the time this is asked.
    if (api().runtime?.id == null) this.controller?.abort();
    return !this.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.signal.addEventListener('abort', callback);
  }
}
