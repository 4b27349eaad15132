import { siteInfo } from '../policy/sites';
import type { PolicyState } from '../policy/load';
import { capturePasteTarget, type PasteTarget } from './paste-target';

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

/** The events the guard listens to, in the capture phase at window level (blur: in the bubble phase). */
export const GUARD_EVENTS = ['paste', 'drop', 'input', 'change', 'keydown', 'click', 'focusin', 'blur'] as const;

/** One of the guard's events. */
export type GuardEventType = (typeof GUARD_EVENTS)[number];

/** The guard's listeners, one per event type. */
export type GuardHandlers = Record<GuardEventType, (event: Event) => void>;

/** Where a dropped item was released. */
export type DropPoint = Pick<DragEventInit, 'clientX' | 'clientY' | 'screenX' | 'screenY'>;

/** Content the early guard held back before the guard was there; the guard judges it when it starts. */
export type HeldContent =
  | { kind: 'paste' | 'drop'; text: string; files: File[]; target?: PasteTarget; on: EventTarget; at?: DropPoint }
  | { kind: 'upload'; input: HTMLInputElement; files: File[] }
  | HeldSend;

/** An Enter in an editable field or a click on a button, held back before the guard started. */
export interface HeldSend {
  kind: 'keydown' | 'click';
  on: EventTarget;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** What the early guard shares with the guard. */
export interface Early {
  /** The guard's listeners, set when it starts. */
  handlers?: GuardHandlers;
  /** Set when the guard cannot run here (the extension was updated or removed): events pass untouched. */
  off?: boolean;
  /** Set once the page was stopped as a blocked site. */
  blocked?: boolean;
  /** Content held back meanwhile, oldest first; the guard empties it. */
  held: HeldContent[];
  /** The editable element focused last before the guard started (a held click sends its text). */
  focused?: EventTarget;
  /** Adds the window listeners again (document.open() removes them); repeating it is harmless. */
  listen(): void;
}

/** What the early guard needs from the content script. */
export interface EarlyEnvironment {
  win: Window & typeof globalThis;
  scope: Record<string, unknown>;
  /** The published policy state, if any (storage.local). */
  readPolicy(): Promise<unknown>;
  /** Asks the background to stop this page as a blocked site. */
  reportBlocked(): void;
  /** Asks the background to inject the guard into this frame now (its declared run comes later or not at all). */
  loadGuard(): Promise<unknown>;
  /** Tells the user that held content stays stopped (the guard could not start). */
  alertStopped(): void;
}

const EDITABLE_INPUTS = new Set(['text', 'search', '']);

function isEditable(target: EventTarget | undefined): boolean {
  const element = target as HTMLElement | undefined;
  return !!element && (element.isContentEditable || element.tagName === 'TEXTAREA' || (element.tagName === 'INPUT' && EDITABLE_INPUTS.has(element.getAttribute('type') ?? '')));
}

/** A file input the user just filled, from an input or change event. */
function filledFileInput(target: EventTarget | undefined): HTMLInputElement | undefined {
  const input = target as HTMLInputElement | undefined;
  return input?.tagName === 'INPUT' && input.type === 'file' && (input.files?.length ?? 0) > 0 ? input : undefined;
}

/**
 * What the early guard holds of an event that arrives before the guard: the content, read now (a clipboard
 * cannot be read after its event), and where it was going. Undefined for an event that carries nothing to judge.
 */
function heldContent(event: Event, typed: boolean, doc: Document): HeldContent | undefined {
  const on = event.composedPath()[0];
  if (event.type === 'paste' || event.type === 'drop') {
    const data = (event as ClipboardEvent).clipboardData ?? (event as DragEvent).dataTransfer;
    if (!data) return undefined;
    const text = data.getData('text/plain') || (data.types.includes('text/html') ? new DOMParser().parseFromString(data.getData('text/html'), 'text/html').body?.textContent ?? '' : '');
    const { clientX, clientY, screenX, screenY } = event as DragEvent;
    return { kind: event.type, text, files: [...data.files], target: capturePasteTarget(doc), on, at: event.type === 'drop' ? { clientX, clientY, screenX, screenY } : undefined };
  }
  if (event.type === 'input' || event.type === 'change') {
    const input = filledFileInput(on);
    if (!input) return undefined;
    const files = [...input.files!];
    if (event.type === 'change') input.value = ''; // The page cannot read them from the input meanwhile.
    return event.type === 'change' ? { kind: 'upload', input, files } : { kind: 'upload', input, files: [] };
  }
  const key = event as KeyboardEvent;
  if (event.type === 'keydown' && key.key === 'Enter' && !key.shiftKey && !key.isComposing && isEditable(on)) return { kind: 'keydown', on, ctrlKey: key.ctrlKey, metaKey: key.metaKey };
  // A click sends nothing unless something was typed: only then can it be a send button's.
  if (event.type === 'click' && typed && (on as Element).closest?.('button,[role=button],input[type=submit]')) return { kind: 'click', on };
  return undefined;
}

/** Stops the page's load when the published policy blocks this site (the same test the guard makes on changes). */
function stopIfBlocked(env: EarlyEnvironment, early: Early, host: string): void {
  env.readPolicy().then((value) => {
    const state = value as PolicyState | undefined;
    if (!state?.sites || state.policy?.mode !== 'enforce') return;
    const status = siteInfo(state.sites, host)?.status ?? state.policy.defaultSiteStatus;
    if (status === 'blocked' && !early.blocked) {
      early.blocked = true;
      env.win.stop();
      env.reportBlocked();
    }
  }, (error: unknown) => console.error('Vigie: policy unreadable', error));
}

/** Starts the early guard in one frame; returns what it shares with the guard. */
export function startEarlyGuard(env: EarlyEnvironment): Early {
  const { win, scope } = env;
  let typed = false;
  let requested = false;
  const early: Early = { held: [], listen };
  scope[EARLY_GLOBAL] = early;
  const requestGuard = () => {
    if (requested || early.handlers || early.off) return;
    requested = true;
    env.loadGuard().then((reply) => {
      // The background answers { ok: false, error } when it refuses.
      if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error((reply as { error?: string } | undefined)?.error ?? 'no answer');
    }).catch((error: unknown) => {
      // Nothing is left to judge what was held: it stays held, and the user is told.
      early.off = true;
      console.error('Vigie: guard not loaded', error);
      if (early.held.length > 0) env.alertStopped();
    });
  };
  const forward = (event: Event) => {
    if (early.handlers) return early.handlers[event.type as GuardEventType](event);
    if (early.off) return;
    const on = event.composedPath()[0];
    if (event.type === 'input' && isEditable(on)) typed = true;
    if (event.type === 'focusin' && isEditable(on)) early.focused = on;
    const content = event.isTrusted ? heldContent(event, typed, win.document) : undefined;
    if (!content) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // The input event of a file input comes before its change: only the change carries the files on.
    if (content.kind !== 'upload' || content.files.length > 0) early.held.push(content);
    requestGuard();
  };
  function listen(): void {
    for (const type of GUARD_EVENTS) win.addEventListener(type, forward, type !== 'blur');
  }
  listen();
  if (win === win.top) stopIfBlocked(env, early, win.location.hostname);
  // The guard is declared to run once the page is idle; where it was not (a frame the page wrote
  // itself, a host the policy added), it is asked for once the page has loaded.
  const check = () => setTimeout(requestGuard);
  if (win.document.readyState === 'complete') check();
  else win.addEventListener('load', check, { once: true });
  return early;
}
