/** Where a paste was aimed, captured when it happened so the text can be inserted there later. */
export interface PasteTarget {
  element: HTMLElement;
  range?: Range;
}

/** The focused element, looking inside open shadow roots (document.activeElement stops at the shadow host). */
export function deepActiveElement(doc: Document): Element | null {
  let element = doc.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

type ComposedSelection = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

/** The caret range, also inside a shadow root (where the document's selection is retargeted to the host). */
function caretRange(doc: Document, element: Element): Range | undefined {
  const selection = doc.getSelection() as ComposedSelection | null;
  if (!selection || selection.rangeCount === 0) return undefined;
  const root = element.getRootNode();
  if (root instanceof ShadowRoot && selection.getComposedRanges) {
    const [composed] = selection.getComposedRanges({ shadowRoots: [root] });
    if (!composed) return undefined;
    const range = doc.createRange();
    range.setStart(composed.startContainer, composed.startOffset);
    range.setEnd(composed.endContainer, composed.endOffset);
    return range;
  }
  return selection.getRangeAt(0).cloneRange();
}

/** The focused element and its caret range. */
function focusedTarget(doc: Document): PasteTarget | undefined {
  const element = deepActiveElement(doc);
  if (!(element instanceof HTMLElement)) return undefined;
  return { element, range: caretRange(doc, element) };
}

/**
 * How long after the paste key goes down its paste counts as that key's: it comes in the task of its keydown, within
 * milliseconds of its time stamp (the key's own time), even on a busy page.
 */
const PASTE_KEY_MS = 1000;

/**
 * The last paste key, noted by the early guard (early.ts), whose listeners see each keydown and blur first, and read
 * by whichever guard captures a paste's target: when it went down (its keydown's time stamp, on the clock of
 * performance.now()), and where the caret was in the first element the focus left since.
 */
export interface PasteKey {
  at: number;
  left?: PasteTarget;
}

/**
 * Notes a keydown of the paste key (Ctrl or Cmd+V), before the page's handlers: some editors then move the focus
 * into a hidden helper of their own (medium-editor's paste bin, Toast UI's pseudo clipboard), which the browser
 * pastes into instead of the composer. Only the time: the caret is read if the focus leaves (noteLeaving), which
 * spares every other paste reading the selection (and a timer), 0.06-0.09 ms of an allowed paste in Chromium.
 */
export function notePasteKey(key: PasteKey, event: KeyboardEvent): void {
  if ((event.ctrlKey || event.metaKey) && /^v$/i.test(event.key)) {
    key.at = event.timeStamp;
    key.left = undefined;
  }
}

/**
 * On an element's blur (not the window's): notes where its caret was, which is still there, if it is the first the
 * focus leaves right after the paste key. Any other blur reads nothing (capturePasteTarget would not use it).
 */
export function noteLeaving(key: PasteKey, event: Event, win: Window): void {
  if (key.left || event.target === win || !(performance.now() - key.at < PASTE_KEY_MS)) return;
  const element = event.composedPath()[0] as HTMLElement;
  key.left = { element, range: caretRange(win.document, element) };
}

/**
 * Remembers the focused editable element and, for rich editors, the caret range. If the page moved the focus on
 * the paste key (see notePasteKey) just now, the paste, which is being stopped, was aimed where the caret was: the
 * focus and the caret go back there, so a notice returns the keyboard to the composer, not to a helper left waiting.
 */
export function capturePasteTarget(doc: Document, key: PasteKey): PasteTarget | undefined {
  const target = focusedTarget(doc);
  const aimed = performance.now() - key.at < PASTE_KEY_MS && key.left;
  if (!aimed || aimed.element === target?.element) return target;
  aimed.element.focus();
  if (aimed.range) {
    const selection = doc.getSelection()!;
    selection.empty();
    selection.addRange(aimed.range);
  }
  return aimed;
}
