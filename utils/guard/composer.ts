/** Where typed text lives: a text field, or the root of a rich editor (contenteditable). */
export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUTS = new Set(['text', 'search', '']);

function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && TEXT_INPUTS.has(element.getAttribute('type') ?? ''));
}

/**
 * The composer an event comes from: the text field, or the outermost editable element of a rich editor.
 * Uses the composed path, so composers inside open shadow roots are found too.
 */
export function composerOf(event: Event): Composer | undefined {
  const origin = event.composedPath()[0];
  if (!(origin instanceof Element)) return undefined;
  if (isTextField(origin)) return origin;
  let root: HTMLElement | undefined;
  for (let node: Element | null = origin; node instanceof HTMLElement && node.isContentEditable; node = node.parentElement) root = node;
  return root;
}

/** The composer's text as the user sees it. */
export function composerText(composer: Composer): string {
  return isTextField(composer) ? composer.value : composer.innerText ?? composer.textContent ?? '';
}

/**
 * Replaces the composer's whole text through the browser's editing command, so the editor's own model
 * sees a user edit (and undo works).
 */
export function replaceComposerText(doc: Document, composer: Composer, text: string): void {
  composer.focus();
  if (isTextField(composer)) {
    composer.select();
  } else {
    doc.getSelection()?.selectAllChildren(composer);
  }
  doc.execCommand('insertText', false, text);
}

const SEND_WORDS = /send|submit|envoyer|senden|enviar|invia/i;

/** True when a button looks like a composer's send button (type submit, or named or labelled so). */
export function isSendButton(element: Element): boolean {
  const button = element.closest('button, [role="button"], input[type="submit"]');
  if (!button) return false;
  if (button.getAttribute('type') === 'submit') return true;
  return ['aria-label', 'title', 'data-testid', 'id', 'name'].some((attribute) => SEND_WORDS.test(button.getAttribute(attribute) ?? ''));
}
