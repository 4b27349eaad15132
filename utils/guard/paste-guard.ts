import { intervene, type Acknowledged, type GuardDeps } from './intervene';
import type { clipboardText, hold } from './page-events';

/** What the paste and drop guards need beyond the common guard needs. */
export interface PasteGuardDeps extends GuardDeps {
  /**
   * Remembers where the content was aimed (called while the event is being handled, before any UI takes
   * focus) and returns a function that inserts text there as the user's own paste would have.
   */
  prepareReinsert(): (text: string) => Promise<unknown> | undefined;
  /**
   * True while Vigie hands text back to the page as a paste (that event was judged already); undefined, as false,
   * before the notice UI, which hands text back, is there.
   */
  isReinserting(): boolean | undefined;
  /** Reads a clipboard's text (page-events.ts): the guard calls the early guard's (early.ts). */
  clipboardText: typeof clipboardText;
  /** Stops an event before the page sees it (page-events.ts): the guard calls the early guard's. */
  hold: typeof hold;
}

/**
 * Creates the capture-phase paste listener. The decision is synchronous so the paste can be cancelled
 * before the page sees it; a paste the policy allows is not touched at all.
 */
export function createPasteHandler(deps: PasteGuardDeps, acknowledged: Acknowledged): (event: ClipboardEvent) => void {
  return (event) =>
    // Text Vigie hands back to the page (after "Paste anyway" or masked) was already judged. It comes as a
    // synthetic event: a user's paste (trusted) is judged without asking, which spares it a look-up.
    (!event.isTrusted && deps.isReinserting()) ||
    intervene('paste', () => deps.clipboardText(event.clipboardData), () => deps.hold(event), deps.prepareReinsert, deps, acknowledged);
}

/**
 * Creates the capture-phase drop listener for dropped text (dropped files are judged by the file guard).
 * Text carried on is inserted at the caret of the element it was dropped on.
 */
export function createTextDropHandler(deps: PasteGuardDeps, acknowledged: Acknowledged): (event: DragEvent) => void {
  return (event) => {
    const data = event.dataTransfer;
    if (!data || data.files.length) return;
    intervene('drop', () => data.getData('text/plain'), () => deps.hold(event), deps.prepareReinsert, deps, acknowledged);
  };
}
