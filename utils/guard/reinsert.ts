/** Where a paste was aimed, captured when it happened so the text can be inserted there later. */
export interface PasteTarget {
  element: HTMLElement;
  range?: Range;
}

/** Remembers the focused editable element and, for rich editors, the caret range. */
export function capturePasteTarget(doc: Document): PasteTarget | undefined {
  const element = doc.activeElement;
  if (!(element instanceof HTMLElement)) return undefined;
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : undefined;
  return { element, range };
}

/**
 * Inserts text at the remembered place through the browser's editing command, so the editor sees a
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
  // execCommand is deprecated but remains the only way to insert text as trusted, undoable user input.
  return doc.execCommand('insertText', false, text);
}
