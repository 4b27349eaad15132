import { composerAt, composerOf, renderLags, sendButtonOf, type Composer } from './composer';
import { sentText } from './editor-bridge';
import type { hold } from './page-events';
import type { deepActiveElement } from './paste-target';
import { intervene, type Acknowledged, type GuardDeps } from './intervene';

/**
 * Guards typed text at the moment it is sent: Enter in a composer (without Shift, which adds a line) and a
 * click on a send button. Nothing runs while the user types; the composer's text is scanned once, when it
 * is about to leave. If the user goes on after a notice, the send is replayed (a synthetic Enter on the
 * composer, or a click on the same button) and let through once.
 */
export function createSubmitGuard(
  /** hold and deepActiveElement (page-events.ts, paste-target.ts): the guard passes the early guard's (early.ts). */
  deps: GuardDeps & { hold: typeof hold; deepActiveElement: typeof deepActiveElement },
  acknowledged: Acknowledged,
  /** The editable element focused before the guard started (the early guard saw it), if any. */
  focused?: EventTarget,
): {
  // The listeners, named after their events: the guard spreads them into the early guard's handlers (judgeHeld comes
  // along, under a name no event has), which costs the content script less than naming each (18 bytes).
  keydown(event: KeyboardEvent): void;
  click(event: MouseEvent): void;
  focusin(event: FocusEvent): void;
  blur(event: FocusEvent): void;
  /** Judges an Enter or a click the early guard held back before the guard started (early.ts), and sends it on if it may go. */
  judgeHeld(content: { kind: 'keydown' | 'click'; on: EventTarget; ctrlKey?: boolean; metaKey?: boolean }): void;
} {
  let lastComposer = composerAt(focused);
  let replaying = false;

  /** Runs `replay` as Vigie's own send, which the listeners let through. */
  function send(replay: () => void): void {
    replaying = true;
    try {
      replay();
    } finally {
      replaying = false;
    }
  }

  /** `event` is undefined for a send the early guard held: it was stopped already, and goes on by `replay` if allowed. */
  function check(event: Event | undefined, composer: Composer, replay: () => void, late?: boolean): void {
    const stop = () => event && deps.hold(event);
    const go = () => send(replay);
    if (!late && renderLags(composer)) {
      // A code editor draws its last keystrokes on the next frame: hold the send until then, and send it
      // again if nothing in the full text stops it.
      stop();
      requestAnimationFrame(() => setTimeout(() => check(event, composer, replay, true)));
      return;
    }
    intervene(
      'submit',
      () => sentText(composer),
      stop,
      // The text as it is goes at once, masked text once the editor took it: the notice UI that carries it on sees to
      // it (sendText), and shows the site's error notice instead if the editor did not (never send what the user did
      // not choose). Masked text replaces the text read whole only where that is the editor's whole text (reinsert.ts).
      () => (text, _masked, sendText) => sendText!(composer, text, go),
      deps,
      acknowledged,
      late ? go : undefined,
    );
  }

  /** Sends a composer again with Enter, as the user's keystroke would have. */
  function enter(composer: Composer, keys: { ctrlKey?: boolean; metaKey?: boolean }): () => void {
    const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true, ctrlKey: keys.ctrlKey, metaKey: keys.metaKey };
    return () => {
      composer.focus();
      // Editors that read Enter from beforeinput, not keydown (CKEditor 5), get that too unless the keydown was taken.
      if (composer.dispatchEvent(new KeyboardEvent('keydown', init as KeyboardEventInit))) {
        composer.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertParagraph', bubbles: true, cancelable: true, composed: true }));
      }
    };
  }

  /** The composer focused in a same-origin frame (`frame`, an element of this document), if any. */
  const framed = (frame: Element | null) => {
    const doc = (frame as HTMLIFrameElement | null)?.contentDocument;
    return composerAt(doc && deps.deepActiveElement(doc));
  };

  /** The send button a click landed on, when a composer it sends is known (the last focused, or the site's own). */
  function sendButton(target: Element): HTMLElement | undefined {
    const selectors = deps.currentSite(deps.policyState(), deps.host).selectors;
    const button = sendButtonOf(target, selectors?.send);
    // The composer last focused, or, if the page replaced it since, the site's own composer, or the one focused now in
    // the last one's document: an editing frame the page wrote anew (CKEditor 4's, on each setData) has a new body.
    // Or none was seen: the page focused its editing frame before this guard started (on load, as chat pages focus
    // their composer), and the frame's own guard sees its events, not this one: the first same-origin frame whose
    // active element (its editable body, for TinyMCE and CKEditor 4) is a composer.
    if (button && !lastComposer?.isConnected) {
      lastComposer =
        (selectors && target.ownerDocument.querySelector<HTMLElement>(selectors.composer)) ||
        composerAt(lastComposer?.ownerDocument.activeElement) ||
        [...target.ownerDocument.querySelectorAll('iframe')].map(framed).find(Boolean);
    }
    return button && lastComposer?.isConnected ? button : undefined;
  }

  return {
    focusin(event) {
      lastComposer = composerOf(event) ?? lastComposer;
    },
    blur(event) {
      // Focus left this document: into a same-origin frame, a composer there (TinyMCE edits in an iframe it
      // creates) is what this page's send button sends. Its events never reach this window; its focus does
      // once the blur is over. A cross-origin frame's document cannot be read (and is guarded on its own).
      const doc = (event.target as Window).document;
      // Not the window's: an element's (the early guard notes it for the paste key, paste-target.ts).
      if (!doc) return;
      setTimeout(() => (lastComposer = framed(doc.activeElement) || lastComposer));
    },
    keydown(event) {
      if (replaying || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      const composer = composerOf(event);
      if (composer) check(event, composer, enter(composer, event));
    },
    click(event) {
      const target = event.composedPath()[0];
      // Vigie's own notice (its "Send anyway" button) is never a send button of the page.
      if (replaying || !(target instanceof Element) || (target.getRootNode() as ShadowRoot).host?.localName === 'vigie-notice') return;
      const button = sendButton(target);
      if (button) check(event, lastComposer!, () => button.click());
    },
    judgeHeld(content) {
      const target = content.on as HTMLElement;
      if (content.kind === 'keydown') {
        // The early guard holds Enter only in an editable element: a composer.
        const composer = composerAt(target);
        if (composer) check(undefined, composer, enter(composer, content), true);
        return;
      }
      const button = sendButton(target);
      if (button) check(undefined, lastComposer!, () => button.click(), true);
      // Not a send after all (a click on another button): it goes on as it came.
      else send(() => target.click());
    },
  };
}
