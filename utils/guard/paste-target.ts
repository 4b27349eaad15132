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
