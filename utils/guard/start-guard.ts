import { DEFAULT_DETECTORS, prepareEngine } from '../detect/scan';
import { startVisitTracking } from '../visits/start-visit-tracking';
// intervene.ts first among the guard's modules: its code (and the policy's decide()) then follows the detection
// engine's in the bundle, which gzip folds better (2 bytes).
import { intervene, type Acknowledged } from './intervene';
import { createCustomDetectorSource } from './custom-loader';
import { createEventQueue } from './event-queue';
import { createFileInterceptor, type FileGuard } from './file-intercept';
import { lazyGlobal } from './lazy-global';
import { runAfterLoad } from './after-load';
import { createLazyNotifier } from './notice-loader';
import { createPasteHandler, createTextDropHandler } from './paste-guard';
import { createPolicyHolder } from './policy-holder';
import type { GuardContext } from './script-context';
import type { PasteTarget } from './paste-target';
import { createSubmitGuard } from './submit-guard';
// early.ts last: the composer's code it brings then follows the policy's in the bundle (4 bytes).
import { EARLY_GLOBAL, type Early, type GuardHandlers, type HeldContent } from './early';

/**
 * Starts the guard in one frame of an AI site, once the page is idle: follows the policy the background
 * publishes, tracks visits, and handles every way content reaches the page (paste, drop, file inputs, Enter
 * and send buttons) through the early guard's capture-phase listeners, judging first what the early guard
 * held meanwhile. The notice, the file guard and the policy's detectors are injected when first needed.
 * Given the frame's window and WXT's context (the script context's stand-in, script-context.ts); the extension API
 * is the early guard's (early.ts). Two arguments instead of
 * an object holding them and the API: 25 bytes gzipped.
 */
export function startGuard(win: Window & typeof globalThis, ctx: GuardContext): void {
  // The content scripts of a frame share one global (in Firefox a sandbox, not the page's window), which the
  // early guard and the scripts the background injects on demand share too.
  const scope = globalThis as unknown as Record<string, unknown>;
  // The early guard (early.ts) listens from document_start and hands over to this guard. Injected a second time
  // (asked for by the early guard while its declared run was on its way): one guard is enough.
  const early = scope[EARLY_GLOBAL] as Early | undefined;
  if (!early || early.started) return;
  early.started = true;
  // An editing frame the page made (about:blank, about:srcdoc: TinyMCE's) has no host of its own: it is the
  // site whose origin it inherits. A sandboxed one ('null' origin) gets no site, which no policy sanctions.
  const editingFrame = win.location.protocol === 'about:';
  const host = win.location.hostname || (win.origin.startsWith('https:') ? new URL(win.origin).hostname : '');
  // The detection engine builds its tables and patterns once the page has loaded and is idle: not while it
  // loads (where it would delay the page's own scripts), and usually not on the first paste either (which
  // builds them itself when it comes first).
  runAfterLoad(win, prepareEngine);
  // The early guard's, as the guard needs them too (early.ts): asking for a script, reading the policy, an alert,
  // and the extension API it sends its messages through.
  const { loadScript, readPolicy, onPolicyChange, alert, api } = early.functions;
  const custom = createCustomDetectorSource({
    scope,
    loadScript,
    builtIn: DEFAULT_DETECTORS,
    onError: (error) => console.error('Vigie: custom detectors not loaded', error),
  });
  // A blocked site is the early guard's to stop (early.ts).
  const policy = createPolicyHolder(readPolicy, onPolicyChange, (state) => custom.update(state.policy.detectors));
  // Shadow AI discovery: the top frame reports visits and active time (utils/visits/).
  startVisitTracking(win, (message) => api.runtime.sendMessage(message), () => ctx.isValid, () => policy.current().policy.logging.visits !== false);
  const record = createEventQueue((message) => api.runtime.sendMessage(message), () => ctx.isValid);
  // In an editing frame the page made (as small as its composer), the notice shows in the page around it,
  // through the page's notifier, shared as the values let through are (early.ts), once the page's guard runs.
  // Until then, and where frames share nothing (Firefox), the frame shows its own notice.
  const { shared } = early;
  const notices = (editingFrame && (shared.notices as ReturnType<typeof createLazyNotifier> | undefined)) || createLazyNotifier(host, scope, loadScript, (error) => {
    console.error('Vigie: could not show the notice', error);
    // The content was stopped already (for a warning too: without the notice there is no way on); the user
    // must still learn why.
    alert('noticeStopped');
  });

  /** Inserts text where a paste or drop was aimed; handing text back runs in the notice UI script, injected on the first intervention. */
  function reinsertAt(target: PasteTarget | undefined): (text: string) => Promise<unknown> | undefined {
    return (text) => target && notices.loadUi().then((ui) => ui.reinsert(target, text));
  }

  const deps = {
    // currentSite, clipboardText, filledFileInput, hold, deepActiveElement, dropDestination: the early guard's, which
    // this script does not carry copies of (its environment's functions come along, unused by the handlers).
    ...early.functions,
    host,
    policyState: policy.current,
    detectors: custom.current,
    record,
    notify: notices.notify,
    prepareReinsert: () => reinsertAt(early.pasteTarget()),
    isReinserting: () => notices.loadedUi()?.isReinserting(),
  };
  if (!editingFrame) shared.notices = notices;
  // Values the user let through on this page are not questioned again when the composer is sent.
  const { acknowledged } = shared;
  // Once this copy is cut off from the extension, the early guard stops handing events to it and its notices go.
  ctx.onInvalidated(() => {
    early.handlers = undefined;
    early.off = true;
    notices.dismissAll();
  });

  function takeOver(early: Early): void {
    const submit = createSubmitGuard(deps, acknowledged, early.focused);
    const fileGuard = lazyGlobal<FileGuard, 'file-guard'>(scope, 'file-guard', loadScript);
    const files = createFileInterceptor(deps, acknowledged, fileGuard);
    const onPaste = createPasteHandler(deps, acknowledged);
    const onDrop = createTextDropHandler(deps, acknowledged);
    // The files' listeners first: pasted or dropped files are theirs, text is the paste and drop guards'.
    const handlers: GuardHandlers = {
      paste: (event) => files.onPaste(event as ClipboardEvent) || onPaste(event as ClipboardEvent),
      drop: (event) => files.onDrop(event as DragEvent) || onDrop(event as DragEvent),
      input: files.onInputOrChange,
      change: files.onInputOrChange,
      // keydown, click, focusin and blur (the editor reader is the early guard's to ask for, on the first focus in a
      // code editor: early.ts), and judgeHeld, which no event is named.
      ...(submit as unknown as Pick<GuardHandlers, 'keydown' | 'click' | 'focusin' | 'blur'>),
    };
    early.handlers = handlers;
    function judgeHeld(content: HeldContent): unknown {
      if (content.kind === 'files') return files.judgeHeld(content.files, content.as, content.destination);
      if (!('text' in content)) return submit.judgeHeld(content);
      const { target, text } = content;
      // Held before the page saw it: whatever goes on is handed to the page, where it was aimed.
      const carryOn = reinsertAt(target);
      intervene(content.kind, () => text, () => {}, () => carryOn, deps, acknowledged, () => text && carryOn(text));
    }

    // Content the early guard held back while the guard loaded, judged now in the order it came.
    early.held.splice(0).forEach(judgeHeld);
  }

  // The early guard goes on holding content back until the policy in force is read: what it held, and what
  // comes next, is judged under that policy, never under the built-in default that stands in until then.
  policy.ready.then(() => ctx.isValid && takeOver(early));
}
