/** Where typed text lives: a text field, or the root of a rich editor (contenteditable). */
export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

// The input types of a text field: text, search, or none.
const TEXT_INPUTS = /^(?:text|search)?$/;
// Node.ELEMENT_NODE and Node.TEXT_NODE, whose values the DOM standard fixes: as numbers, the content script is
// 17 bytes gzipped smaller than when it reads them from Node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * True for a text field (textarea, or a text or search input), as opposed to a rich editor's root. Checked by
 * tag name: an element of a same-origin editing frame is not an instance of this window's classes.
 */
export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.tagName === 'TEXTAREA' || (element.tagName === 'INPUT' && TEXT_INPUTS.test(element.getAttribute('type') ?? ''));
}

/**
 * The composer an event comes from: the text field, or the outermost editable element of a rich editor.
 * Uses the composed path, so composers inside open shadow roots are found too.
 */
export function composerOf(event: Event): Composer | undefined {
  return composerAt(event.composedPath()[0]);
}

/** The composer an element (of this document or a same-origin frame's) belongs to: the text field, or the outermost editable element around it. */
export function composerAt(origin: unknown): Composer | undefined {
  const element = origin as HTMLElement | null;
  if (element?.nodeType !== ELEMENT_NODE) return undefined;
  // An EditContext element (Monaco in Chromium) takes the keyboard for an editor without being contenteditable.
  if (isTextField(element) || editContextOf(element)) return element;
  let root: HTMLElement | undefined;
  for (let node: HTMLElement | null = element; node?.isContentEditable; node = node.parentElement) root = node;
  return root;
}

const BLOCKS = /^(?:P|LI|UL|OL|H[1-6]|PRE|BLOCKQUOTE|DIV)$/;

/**
 * The composer's text as the editor holds it. Rich editors keep one block element per line, where innerText
 * would put blank lines between paragraphs: blocks are joined with one line break.
 */
export function composerText(composer: Composer): string {
  const lines = codeLines(composer);
  // A rich editor's markup holds a no-break space where a plain one would collapse (a trailing or doubled space;
  // Trix leaves one there at times): its model holds the plain space, which is what goes back into it when masked.
  return !lines && isTextField(composer) ? composer.value : (lines ? lines.map((line) => line.textContent).join('\n') : editableBlocks(composer).map(rootText).join('\n')).replace(/\xa0/g, ' ');
}

/** The text of one editable root (one block of a block editor). */
export function rootText(composer: HTMLElement): string {
  const blocks = [...composer.childNodes].filter((node) => node.nodeType !== TEXT_NODE || node.textContent!.trim() !== '');
  if (blocks.length && blocks.every((block) => block instanceof HTMLElement && BLOCKS.test(block.tagName))) {
    return blocks.map((block) => (block as HTMLElement).innerText.replace(/\n$/, '')).join('\n');
  }
  return composer.innerText;
}

/** The EditContext an element takes the keyboard through (Monaco in Chromium), if any: null without one, undefined where the browser has none. */
function editContextOf(element: HTMLElement): { text: string } | null | undefined {
  return (element as { editContext?: { text: string } | null }).editContext;
}

/**
 * Code editors that take the keyboard through a hidden textarea or an EditContext element (Monaco, Ace,
 * CodeMirror 5) keep the text in their own model, where a content script cannot read it, and that element
 * holds a line or two at most. Their rendered lines (their own markup, on every site that uses them) are
 * the message, in their order on screen: the lines in view, as these editors render no others.
 */
export function codeLines(composer: Composer): HTMLElement[] | undefined {
  const editor = composer.closest('.monaco-editor,.ace_editor,.CodeMirror');
  if (!editor || !(isTextField(composer) || editContextOf(composer))) return undefined;
  const top = (line: HTMLElement) => parseFloat(line.style.top) || 0;
  return [...editor.querySelectorAll<HTMLElement>('.view-line,.ace_line_group,.CodeMirror-code .CodeMirror-line')].sort((a, b) => top(a) - top(b));
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * True when a code editor has not drawn yet what its hidden input already holds: such editors render on the
 * next animation frame, so an Enter right after a keystroke would find the last characters missing.
 */
export function renderLags(composer: Composer): boolean {
  const own = isTextField(composer) ? composer.value : editContextOf(composer)?.text;
  const shown = codeLines(composer) && squash(composerText(composer));
  return shown !== undefined && !!own?.split('\n').some((line) => !shown.includes(squash(line)));
}

/**
 * Block editors (Editor.js and the like) give each paragraph an editable root of its own, each in the same
 * wrapper: the message is every root as deep as this one under the nearest of its three closest ancestors
 * that holds others. An editable elsewhere in the page (at another depth) is not part of it, nor one that takes no room
 * on the page: an editor's hidden helper (Froala's paste bin, a zero-width editable beside its own, which keeps the
 * last paste's text).
 */
export function editableBlocks(root: HTMLElement): HTMLElement[] {
  const up = (element: Element | null, levels: number) => {
    while (levels-- > 0) element = element?.parentElement ?? null;
    return element;
  };
  for (let level = 1; level < 4; level++) {
    const node = up(root, level);
    const roots = [...(node?.querySelectorAll<HTMLElement>('[contenteditable]') ?? [])].filter((element) => element.isContentEditable && !element.parentElement!.isContentEditable && up(element, level) === node && element.offsetWidth);
    if (roots.length > 1) return roots;
  }
  return [root];
}

// (German "senden" is found by its "send".)
const SEND_WORDS = /send|submit|enviar|envoyer|invia/i;
const BUTTONS = 'button,[role=button],input[type=submit]';

/**
 * The send button a click lands on, if it is one: first by the site adapter's selector (published with the
 * site's classification), then by what any send button says of itself: type submit (explicitly, or by
 * default inside a form), or named, labelled or titled so, or a short caption that says so ("Send",
 * "Envoyer"). Undefined for every other element.
 */
export function sendButtonOf(element: Element, siteSelector?: string): HTMLElement | undefined {
  const adapted = siteSelector && element.closest<HTMLElement>(siteSelector);
  if (adapted) return adapted;
  const button = element.closest<HTMLElement>(BUTTONS);
  if (!button) return undefined;
  if (button.getAttribute('type') === 'submit' || (button instanceof HTMLButtonElement && button.type === 'submit' && button.form)) return button;
  const caption = button.textContent!.trim();
  // The attributes in the order gzip compresses best (any order gives the same answer).
  const said = ['aria-label', 'title', 'class', 'id', 'data-testid', 'name'].some((attribute) => SEND_WORDS.test(button.getAttribute(attribute) ?? ''));
  return said || (caption.length <= 24 && SEND_WORDS.test(caption)) ? button : undefined;
}
