/**
 * Calls `listen` again each time the document's own children are replaced, as document.open() does: it also
 * removes every listener of the document and of its window. TinyMCE writes its editing frame that way in
 * Firefox (an about:blank frame, where the content script already ran), so without this the frame would go
 * unguarded. `listen` must be safe to repeat: addEventListener ignores a listener that is already there.
 */
export function relistenAfterDocumentOpen(doc: Document, listen: () => void): void {
  new MutationObserver(listen).observe(doc, { childList: true });
}
