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

/** Remembers the focused editable element and, for rich editors, the caret range. */
export function capturePasteTarget(doc: Document): PasteTarget | undefined {
  const element = deepActiveElement(doc);
  if (!(element instanceof HTMLElement)) return undefined;
  return { element, range: caretRange(doc, element) };
}

let reinserting = false;

/** True while Vigie hands text back to the page as a paste, so its own paste guard lets that event be. */
export function isReinserting(): boolean {
  return reinserting;
}

/**
 * Inserts text at the remembered place as the user's own paste would have: first as a paste event carrying
 * the text, which the page's editor handles itself (its model, its line breaks, its "long paste becomes an
 * attachment"); if no handler takes it, through the browser's editing command, so the editor still sees a
 * normal input (its own model updates and undo works) rather than a DOM change behind its back.
 */
export function reinsertText(doc: Document, target: PasteTarget, text: string): boolean {
  target.element.focus();
  const isField = target.element instanceof HTMLTextAreaElement || target.element instanceof HTMLInputElement;
  if (!isField && target.range) {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(target.range);
  }
  return insertAsPaste(doc, target.element, text);
}

/**
 * Inserts text at the current selection of `element` as a paste the page's editor handles itself, or, when
 * no handler takes it (or the browser empties synthetic clipboard data, as Firefox does), through the
 * editing command.
 */
export function insertAsPaste(doc: Document, element: HTMLElement, text: string): boolean {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
  if (paste.clipboardData?.getData('text/plain') === text) {
    reinserting = true;
    try {
      element.dispatchEvent(paste);
    } finally {
      reinserting = false;
    }
    if (paste.defaultPrevented) return true;
  }
  // execCommand is deprecated but remains the only way to insert text as trusted, undoable user input.
  return doc.execCommand('insertText', false, text);
}
