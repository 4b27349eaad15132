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

/** Where the caret was when the paste key went down, until the paste that key makes (the same task). */
let atPasteKey: PasteTarget | undefined;

/**
 * Notes where the caret is as the paste key goes down, before the page's handlers: some editors then move the
 * focus into a hidden helper of their own (medium-editor's paste bin, Toast UI's pseudo clipboard), which the
 * browser pastes into instead of the composer.
 */
export function notePasteKey(doc: Document): void {
  atPasteKey = focusedTarget(doc);
  setTimeout(() => (atPasteKey = undefined));
}

/**
 * Remembers the focused editable element and, for rich editors, the caret range. If the page moved the focus on
 * the paste key (see notePasteKey), the paste, which is being stopped, was aimed where the caret was: the focus
 * and the caret go back there, so a notice returns the keyboard to the composer, not to a helper left waiting.
 */
export function capturePasteTarget(doc: Document): PasteTarget | undefined {
  const target = focusedTarget(doc);
  const aimed = atPasteKey;
  if (!aimed || aimed.element === target?.element) return target;
  aimed.element.focus();
  if (aimed.range) {
    const selection = doc.getSelection()!;
    selection.empty();
    selection.addRange(aimed.range);
  }
  return aimed;
}
