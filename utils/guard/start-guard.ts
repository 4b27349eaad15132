import type { browser as extensionApi } from 'wxt/browser';
import { DEFAULT_DETECTORS, prepareEngine } from '../detect/scan';
import { t } from '../i18n';
import { CONTENT_TO_BG_EVENT, CONTENT_TO_BG_LOAD_SCRIPT, CONTENT_TO_BG_SITE_BLOCKED, type EventAck } from '../messaging';
import type { PolicyState } from '../policy/load';
import { startVisitTracking } from '../visits/start-visit-tracking';
import type { Composer } from './composer';
import { createCustomDetectorSource } from './custom-loader';
import { relistenAfterDocumentOpen } from './document-open';
import { EARLY_GLOBAL, GUARD_EVENTS, type Early, type GuardHandlers, type HeldContent } from './early';
import { createEventQueue } from './event-queue';
import { createFileInterceptor, FILE_GUARD_GLOBAL, type FileGuard } from './file-intercept';
import { lazyGlobal } from './lazy-global';
import { runAfterLoad } from './after-load';
import { currentSite, intervene, type Acknowledged } from './intervene';
import { createLazyNotifier } from './notice-loader';
import { createPasteHandler, createTextDropHandler } from './paste-guard';
import { createPolicyHolder } from './policy-holder';
import type { GuardContext } from './script-context';
import { capturePasteTarget } from './paste-target';
import { createSubmitGuard } from './submit-guard';

/** The global under which a frame's guard offers the editing frames inside it what they share with it. */
const FRAME_SHARED = '__vigieShared';

/** What an editing frame the page made shares with the page around it: its notices and the values let through. */
interface FrameShared {
  notices: ReturnType<typeof createLazyNotifier>;
  acknowledged: Acknowledged;
}

/** What the guard needs from the content script: the extension API, the frame's window, WXT's context. */
export interface GuardEnvironment {
  api: typeof extensionApi;
  win: Window & typeof globalThis;
  ctx: GuardContext;
}

/**
 * Starts the guard in one frame of an AI site: follows the policy the background publishes, tracks visits,
 * and listens, in the capture phase at window level, for every way content reaches the page (paste, drop,
 * file inputs, Enter and send buttons). No work at page load beyond registering listeners and reading the
 * policy; the notice, the file guard and the policy's detectors are injected when first needed.
 */
export function startGuard({ api, win, ctx }: GuardEnvironment): void {
  // The content scripts of a frame share one global (in Firefox a sandbox, not the page's window), which the
  // early guard and the scripts the background injects on demand share too.
  const scope = globalThis as unknown as Record<string, unknown>;
  // The early guard (early.ts) listens from document_start; without it (a registration by an older version),
  // the guard listens itself.
  const early = (scope[EARLY_GLOBAL] as Early | undefined) ?? { held: [], listen() {} };
  // Injected a second time (asked for by the early guard while its declared run was on its way): one guard is enough.
  if (early.handlers) return;
  // An editing frame the page made (about:blank, about:srcdoc: TinyMCE's) has no host of its own: it is the
  // site whose origin it inherits. A sandboxed one ('null' origin) gets no site, which no policy sanctions.
  const editingFrame = win.location.protocol === 'about:';
  const host = win.location.hostname || (win.origin.startsWith('https:') ? new URL(win.origin).hostname : '');
  const doc = win.document;
  // The detection engine builds its tables and patterns once the page has loaded and is idle: not while it
  // loads (where it would delay the page's own scripts), and usually not on the first paste either (which
  // builds them itself when it comes first).
  runAfterLoad(win, prepareEngine);
  const loadScript = (script: string) => api.runtime.sendMessage({ type: CONTENT_TO_BG_LOAD_SCRIPT, script });
  const custom = createCustomDetectorSource({
    scope,
    loadScript,
    builtIn: DEFAULT_DETECTORS,
    onError: (error) => console.error('Vigie: custom detectors not loaded', error),
  });
  const onPolicy = (state: PolicyState) => {
    custom.update(state.policy.detectors);
    // A blocked site gives way to the interstitial (the background checks the status again before showing it).
    if (win === win.top && !early.blocked && state.policy.mode === 'enforce' && currentSite(state, host).status === 'blocked') {
      early.blocked = true;
      win.stop();
      void api.runtime.sendMessage({ type: CONTENT_TO_BG_SITE_BLOCKED });
    }
  };
  const policy = createPolicyHolder(api.storage.local, (listener) => api.storage.onChanged.addListener(listener), onPolicy);
  // Shadow AI discovery: the top frame reports visits and active time (utils/visits/).
  startVisitTracking({ win, sendMessage: (message) => api.runtime.sendMessage(message), isAlive: () => ctx.isValid, enabled: () => policy.current().policy.logging.visits !== false });
  const queue = createEventQueue({
    send: (event) => api.runtime.sendMessage({ type: CONTENT_TO_BG_EVENT, event }) as Promise<EventAck | undefined>,
    onRejected: (_event, error) => console.error('Vigie: event refused:', error),
    isAlive: () => ctx.isValid,
  });
  // In an editing frame the page made (as small as its composer), the notice shows in the page around it,
  // through the parent frame's notifier: Chromium lets a frame's isolated world read the same world's globals of
  // a same-origin parent. Where it does not (Firefox's sandboxes), the frame shows its own notice. The values the
  // user let through are shared the same way (the page's send button sends the frame's text).
  let inherited: Partial<FrameShared> = {};
  try {
    if (editingFrame) inherited = (win.parent as unknown as Record<string, Partial<FrameShared> | undefined>)[FRAME_SHARED] ?? {};
  } catch {
    // A cross-origin parent: this frame keeps its own notices.
  }
  const notices = inherited.notices ?? createLazyNotifier({
    site: host,
    scope,
    requestUi: () => loadScript('notice-ui'),
    fallback(request, error) {
      console.error('Vigie: could not show the notice', error);
      // The content was stopped already (for a warning too: without the notice there is no way on); the user
      // must still learn why.
      win.alert(`Vigie: ${t('noticeStopped')}`);
    },
  });
  ctx.onInvalidated(notices.dismissAll);
  const deps = {
    host,
    policyState: policy.current,
    detectors: custom.current,
    record: queue.push,
    notify: notices.notify,
    prepareReinsert() {
      const target = capturePasteTarget(doc);
      // Handing text back runs in the notice UI script, injected on the first intervention.
      return (text: string) => (target ? notices.ui().then((ui) => ui.reinsert(target, text)) : Promise.resolve());
    },
    replaceComposerText: (composer: Composer, text: string) => notices.ui().then((ui) => ui.replaceText(composer, text)),
    isReinserting: () => notices.current()?.isReinserting() ?? false,
    now: Date.now,
    newId: () => crypto.randomUUID(),
  };
  // Values the user let through on this page are not questioned again when the composer is sent. The parent's
  // Set comes from another realm: it is recognised by shape, not instanceof.
  const acknowledged: Acknowledged = typeof inherited.acknowledged?.has === 'function' ? inherited.acknowledged : new Set();
  scope[FRAME_SHARED] = { notices, acknowledged } satisfies FrameShared;
  const submit = createSubmitGuard(deps, acknowledged);
  const fileGuard = lazyGlobal<FileGuard>(scope, FILE_GUARD_GLOBAL, () => loadScript('file-guard'), 'file guard');
  const files = createFileInterceptor(deps, acknowledged, fileGuard);
  const onPaste = createPasteHandler(deps, acknowledged);
  const onDrop = createTextDropHandler(deps, acknowledged);
  // The files' listeners first: pasted or dropped files are theirs, text is the paste and drop guards'.
  const handlers: GuardHandlers = {
    paste: (event) => files.onPaste(event as ClipboardEvent) || onPaste(event as ClipboardEvent),
    drop: (event) => files.onDrop(event as DragEvent) || onDrop(event as DragEvent),
    input: files.onInputOrChange,
    change: files.onInputOrChange,
    keydown: submit.onKeyDown as (event: Event) => void,
    click: submit.onClick as (event: Event) => void,
    focusin: submit.onFocusIn as (event: Event) => void,
    blur: submit.onBlur as (event: Event) => void,
  };
  early.handlers = handlers;
  ctx.onInvalidated(() => {
    early.handlers = undefined;
    early.off = true;
  });
  // Window, capture phase: Vigie decides before any page handler, even one that stops propagation. The early
  // guard's listeners came first; without it, the guard's own.
  const listen = () => {
    if (scope[EARLY_GLOBAL] === early) early.listen();
    else for (const type of GUARD_EVENTS) ctx.addEventListener(win, type, handlers[type], { capture: type !== 'blur' });
  };
  listen();
  // An about:blank frame the page then writes with document.open() (TinyMCE in Firefox) loses these listeners.
  if (editingFrame) relistenAfterDocumentOpen(doc, listen, ctx.onInvalidated.bind(ctx));
  // Content the early guard held back while the guard loaded, judged now in the order it came.
  submit.focused(early.focused);
  for (const content of early.held.splice(0)) judgeHeld(content);

  function judgeHeld(content: HeldContent): void {
    if (content.kind === 'upload') return files.held(content.files, 'upload', { input: content.input });
    if (!('text' in content)) return submit.held(content);
    if (content.files.length > 0 && (content.kind === 'drop' || !content.text)) {
      return files.held(content.files, content.kind === 'drop' ? 'drop' : 'upload', content.kind === 'drop' ? { drop: content.on, at: content.at! } : { paste: content.on });
    }
    const { target, text } = content;
    // Held before the page saw it: whatever goes on is handed to the page, where it was aimed.
    const carryOn = (value: string) => (target && value ? notices.ui().then((ui) => ui.reinsert(target, value)) : undefined);
    intervene({ kind: content.kind, read: () => text, stop() {}, prepare: () => carryOn, pass: () => void carryOn(text) }, deps, acknowledged);
  }
}
