import type { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n';
import { currentSite, siteInfo } from '../policy/sites';
import type { PolicyState } from '../policy/load';
import { isTextField } from './composer';
import { CODE_EDITORS } from './editor-bridge';
import { relistenAfterDocumentOpen } from './document-open';
import type { FileDestination } from './file-intercept';
import type { InjectableScript } from './inject-script';
import type { Acknowledged } from './intervene';
import { clipboardText, dropDestination, filledFileInput, hold } from './page-events';
import { capturePasteTarget, deepActiveElement, noteLeaving, notePasteKey, type PasteKey, type PasteTarget } from './paste-target';

/**
 * The early guard: the small script that runs at document_start on every AI page, ahead of the guard
 * (start-guard.ts, with the detection engine), which runs once the page is idle (document_idle) so that
 * its evaluation does not delay the page's own scripts. The early guard registers the guard's capture-phase
 * listeners at window level before any page script can (a page handler that stops propagation must not run
 * first), forwards events to the guard once it is there, and until then holds back content on its way to the
 * page (a paste, a drop, files chosen in a file input, Enter in an editable field, a click after typing), which
 * the guard judges and carries on when it starts. It also stops a blocked site's page before it loads.
 */

/** The global, shared by the extension's scripts in one frame, through which the early guard hands over. */
export const EARLY_GLOBAL = '__vigieEarly';

/** The global under which a frame offers the editing frames inside it what they share with it. */
const FRAME_SHARED = '__vigieShared';

/**
 * What an editing frame the page made (TinyMCE's about:blank frame) shares with the page around it: the values
 * the user let through (the page's send button sends the frame's text) and the page's notifier (set by the
 * page's guard). Set up at document_start, before the page makes its frames: the guards of the page and of its
 * frames start later, in no set order.
 */
export interface FrameShared {
  acknowledged: Acknowledged;
  notices?: unknown;
}

/** The events the guard listens to, in the capture phase at window level (blur: the window's, and every element's). */
export const GUARD_EVENTS = ['paste', 'drop', 'input', 'change', 'keydown', 'click', 'focusin', 'blur'] as const;

/** One of the guard's events. */
export type GuardEventType = (typeof GUARD_EVENTS)[number];

/** The guard's listeners, one per event type. */
export type GuardHandlers = Record<GuardEventType, (event: Event) => void>;

/** Content the early guard held back before the guard was there; the guard judges it when it starts. */
export type HeldContent = HeldText | HeldFiles | HeldSend;

/** Pasted or dropped text, and where it was aimed. */
export interface HeldText {
  kind: 'paste' | 'drop';
  text: string;
  target?: PasteTarget;
}

/** Files chosen in a file input, dropped, or pasted without text (judged as an upload), and where they were going. */
export interface HeldFiles {
  kind: 'files';
  as: 'upload' | 'drop';
  files: File[];
  destination: FileDestination;
}

/** An Enter in an editable field or a click on a button, held back before the guard started. */
export interface HeldSend {
  kind: 'keydown' | 'click';
  on: EventTarget;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** What the early guard shares with the guard. */
export interface Early {
  /** Set when a guard starts in this frame: a second copy (injected on request meanwhile) stops there. */
  started?: boolean;
  /** The guard's listeners, set once it has read the policy in force. */
  handlers?: GuardHandlers;
  /** Set when no guard runs here (the extension was updated or removed): events without handlers pass untouched. */
  off?: boolean;
  /** What this frame shares with the editing frames inside it, or with the page around it if it is one. */
  shared: FrameShared;
  /** Content held back meanwhile, oldest first; the guard empties it. */
  held: HeldContent[];
  /** The editable element focused last before the guard started (a held click sends its text). */
  focused?: EventTarget;
  /**
   * Where a paste happening now is aimed (paste-target.ts, from the paste key this script notes): the guard asks
   * here, so that the code that finds it is in one of the two scripts only.
   */
  pasteTarget(): PasteTarget | undefined;
  /** This script's copies of the functions the guard needs too (see EarlyFunctions). */
  functions: EarlyFunctions;
}

/**
 * Functions both scripts need, which the guard calls here rather than carry copies of them: the two scripts come
 * from the same build, and the guard does not start without this one. The environment's come along (the guard
 * reads the policy and follows its changes, has scripts injected and alerts the user the same way).
 */
export interface EarlyFunctions extends EarlyEnvironment {
  currentSite: typeof currentSite;
  clipboardText: typeof clipboardText;
  filledFileInput: typeof filledFileInput;
  hold: typeof hold;
  deepActiveElement: typeof deepActiveElement;
  dropDestination: typeof dropDestination;
}

/** What the early guard needs from the content script. */
export interface EarlyEnvironment {
  win: Window & typeof globalThis;
  scope: Record<string, unknown>;
  /**
   * The extension API (the native one in the content scripts, wxt.config.ts): the guard sends its messages and
   * checks that the extension is still there through this one, the same object in the same frame's content script
   * global, rather than carry a second copy of the code that finds it.
   */
  api: typeof browser;
  /** The published policy state, if any (storage.local). */
  readPolicy(): Promise<unknown>;
  /** Calls `listener` with each policy state the background publishes later. */
  onPolicyChange(listener: (state: unknown) => void): void;
  /** Asks the background to stop this page as a blocked site. */
  reportBlocked(): void;
  /**
   * Asks the background to inject one of our scripts into this frame: the guard (its declared run comes later or
   * not at all), the editor reader (utils/guard/editor-reader.ts), or, for the guard, the scripts it loads lazily.
   * Resolves the background's answer.
   */
  loadScript(script: InjectableScript): Promise<unknown>;
  /**
   * Tells the user, in an alert, the message `key` names: that held content stays stopped (the guard could not
   * start), or that content was stopped without its notice (the guard's notice UI could not be shown).
   */
  alert(key: MessageKey): void;
}

/** How long after the load event the early guard waits for the guard before asking for it. */
const GUARD_WAIT_MS = 500;

/** A text field or a rich editor's editable element: where typed text and Enter go. */
function isEditable(target: EventTarget | undefined): boolean {
  const element = target as HTMLElement | undefined;
  return !!element?.tagName && (element.isContentEditable || isTextField(element));
}

/**
 * What the early guard holds of an event that arrives before the guard: the content, read now (a clipboard
 * cannot be read after its event), and where it was going; null for an event held with nothing to carry on (a
 * file input's input event: its change carries the files). Undefined for an event that is let through.
 */
function heldContent(event: Event, typed: boolean, pasteTarget: () => PasteTarget | undefined): HeldContent | null | undefined {
  const on = event.composedPath()[0];
  if (event.type === 'paste' || event.type === 'drop') {
    const data = (event as ClipboardEvent).clipboardData ?? (event as DragEvent).dataTransfer;
    if (!data) return undefined;
    // The plain text, or the HTML's text: held content can only be handed on as text.
    const text = clipboardText(data);
    const files = [...data.files];
    // Dropped files are judged as a drop, pasted ones (a screenshot) without text as an upload, as the guard does.
    if (files.length > 0 && event.type === 'drop') return { kind: 'files', as: 'drop', files, destination: dropDestination(event as DragEvent) };
    if (files.length > 0 && !text) return { kind: 'files', as: 'upload', files, destination: { paste: on } };
    return { kind: event.type, text, target: pasteTarget() };
  }
  if (event.type === 'input' || event.type === 'change') {
    const input = filledFileInput(on);
    if (!input || event.type === 'input') return input && null;
    const files = [...input.files!];
    input.value = ''; // The page cannot read them from the input meanwhile.
    return { kind: 'files', as: 'upload', files, destination: { input } };
  }
  const key = event as KeyboardEvent;
  if (event.type === 'keydown' && key.key === 'Enter' && !key.shiftKey && !key.isComposing && isEditable(on)) return { kind: 'keydown', on, ctrlKey: key.ctrlKey, metaKey: key.metaKey };
  // A click sends nothing unless something was typed: only then can it be a send button's.
  if (event.type === 'click' && typed && (on as Element).closest?.('button,[role=button],input[type=submit]')) return { kind: 'click', on };
  return undefined;
}

/**
 * Returns the check of a policy state that stops the page (its load, if still loading) when the state blocks
 * this site: it gives way to the interstitial (the background checks the status again before showing it).
 */
function blockedSiteCheck(env: EarlyEnvironment, host: string): (value: unknown) => void {
  let blocked = false;
  return (value) => {
    const state = value as PolicyState | undefined;
    if (!state?.sites || state.policy?.mode !== 'enforce') return;
    const status = siteInfo(state.sites, host)?.status ?? state.policy.defaultSiteStatus;
    if (status === 'blocked' && !blocked) {
      blocked = true;
      env.win.stop();
      env.reportBlocked();
    }
  };
}

/** Starts the early guard in one frame; returns what it shares with the guard. */
export function startEarlyGuard(env: EarlyEnvironment): Early {
  const { win, scope } = env;
  let typed = false;
  let requested = false;
  // The editor reader is asked for once per frame, on the first focus in a code editor, and again only after a
  // request that failed (the reader installs itself once; a focus before the guard started counts too).
  let reader = false;
  // Chromium lets an editing frame's isolated world read the same world's globals of its same-origin parent;
  // Firefox does not (its sandboxes), nor does a cross-origin parent. The parent's Set comes from another realm:
  // it is recognised by shape, not instanceof.
  let inherited: FrameShared | undefined;
  try {
    if (win.location.protocol === 'about:') inherited = (win.parent as unknown as Record<string, FrameShared | undefined>)[FRAME_SHARED];
  } catch {
    // A cross-origin parent: nothing shared.
  }
  const shared = typeof inherited?.acknowledged?.has === 'function' ? inherited : { acknowledged: new Set<string>() };
  scope[FRAME_SHARED] = shared;
  // The paste key, and the caret the focus leaves right after it, for the target of a paste stopped (paste-target.ts).
  const pasteKey: PasteKey = { at: -1e9 };
  const early: Early = { held: [], shared, pasteTarget: () => capturePasteTarget(win.document, pasteKey), functions: { ...env, currentSite, clipboardText, filledFileInput, hold, deepActiveElement, dropDestination } };
  scope[EARLY_GLOBAL] = early;
  const requestGuard = () => {
    if (requested || early.started || early.off) return;
    requested = true;
    env.loadScript('guard').then((reply) => {
      // The background answers { ok: false, error } when it refuses.
      if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error((reply as { error?: string } | undefined)?.error ?? 'no answer');
    }).catch((error: unknown) => {
      // Nothing is left to judge what was held: it stays held, and the user is told. Until a guard comes after
      // all (its declared run), events pass untouched rather than be held for ever.
      early.off = true;
      console.error('Vigie: guard not loaded', error);
      if (early.held.length > 0) env.alert('guardNotStarted');
    });
  };
  const requestReader = async () => {
    reader = true;
    try {
      // The background answers { ok: false, error } when it refuses or the injection failed; a frame gone, or the
      // extension updated, rejects or throws. Each is an answer here, never an error thrown into the page.
      reader = ((await env.loadScript('editor-reader')) as { ok?: boolean } | undefined)?.ok === true;
    } catch {
      reader = false;
    }
  };
  const forward = (event: Event) => {
    // A code editor that draws only the lines in view is read at submit through the editor reader (editor-bridge.ts).
    // Its target, so not in a shadow root (retargeted to the host), where the reader would not be reached either.
    if (event.type === 'focusin' && !reader && !early.off && (event.target as Element).closest?.(CODE_EDITORS)) requestReader();
    if (event.type === 'keydown') notePasteKey(pasteKey, event as KeyboardEvent);
    if (event.type === 'blur') noteLeaving(pasteKey, event, win);
    if (early.handlers) return early.handlers[event.type as GuardEventType](event);
    if (early.off) return;
    const on = event.composedPath()[0];
    if (event.type === 'input' && isEditable(on)) typed = true;
    if (event.type === 'focusin' && isEditable(on)) early.focused = on;
    const content = heldContent(event, typed, early.pasteTarget);
    if (content === undefined) return;
    hold(event);
    if (content) early.held.push(content);
    requestGuard();
  };
  // Window, capture phase: Vigie decides before any page handler, even one that stops propagation.
  function listen(): void {
    for (const type of GUARD_EVENTS) win.addEventListener(type, forward, true);
  }
  listen();
  // An about:blank frame the page then writes with document.open() (TinyMCE in Firefox) loses these listeners.
  if (win.location.protocol === 'about:') relistenAfterDocumentOpen(win.document, listen);
  // Before the page's scripts run: a blocked site's page is stopped while it loads.
  const blockedCheck = blockedSiteCheck(env, win.location.hostname);
  if (win === win.top) env.readPolicy().then(blockedCheck, (error: unknown) => console.error('Vigie: policy unreadable', error));
  // The guard is declared to run once the page is idle, at the latest just after its load event; where it did
  // not (a host the policy added, which registers the early guard only), it is asked for a moment later. Not at
  // once: the declared run may still be on its way, and a second copy would only be evaluated for nothing.
  // Policy changes are followed from then on too (subscribing costs time that the page's load should not wait for).
  const check = () =>
    setTimeout(() => {
      requestGuard();
      if (win === win.top) env.onPolicyChange(blockedCheck);
    }, GUARD_WAIT_MS);
  if (win.document.readyState === 'complete') check();
  else win.addEventListener('load', check, { once: true });
  return early;
}
