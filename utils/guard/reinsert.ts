import { codeLines, composerText, editableBlocks, isTextField, rootText, type Composer } from './composer';
import { sentText } from './editor-bridge';
import type { PasteTarget } from './paste-target';

/*
 * Handing text back to the page's editor after a decision ("Paste anyway", masked text, a masked message
 * to send). This runs only after a notice or a redact rule, so it lives in the lazily injected notice UI
 * script, not in the content script that runs on every AI page.
 */

/** How long to wait for the browser's selectionchange after setting the selection (it may not come: same selection). */
const SELECTION_EVENT_WAIT_MS = 50;
/**
 * How long editors may take to read a selectionchange into their own model: Lexical and Draft.js read it at
 * once, ProseMirror and CodeMirror a task later, Slate debounces it then throttles it to 100 ms.
 */
const SELECTION_SYNC_MS = 120;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once editors that keep their own selection have read the one just set in the DOM. Such editors
 * insert pasted text at their model's selection, not the DOM's: text handed over earlier lands where the caret
 * was before (at the end of the message instead of replacing it, for instance).
 */
export async function selectionSettled(doc: Document): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    doc.addEventListener('selectionchange', done);
    setTimeout(done, SELECTION_EVENT_WAIT_MS);
  });
  await delay(SELECTION_SYNC_MS);
}

let reinserting = false;

/** True while Vigie hands text back to the page as a paste, so its own paste guard lets that event be. */
export function isReinserting(): boolean {
  return reinserting;
}

/**
 * Inserts text at the current selection of `element` as a paste the page's editor handles itself (its model,
 * its line breaks, its "long paste becomes an attachment"), or, when no handler takes it (or the browser
 * empties synthetic clipboard data, as Firefox does), through the editing command, so the editor still sees a
 * normal input (its model updates and undo works) rather than a DOM change behind its back.
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

/** Inserts text at the remembered place, as the user's own paste would have; resolves once it was handed over. */
export async function reinsertText(_doc: Document, target: PasteTarget, text: string): Promise<boolean> {
  // The element's own document: it may be a same-origin editing frame's, not the one the notice shows in.
  const doc = target.element.ownerDocument;
  target.element.focus();
  if (!isTextField(target.element) && target.range) {
    // Editors that put back their own selection when they regain the focus (Trix) do so first, then take ours.
    await selectionSettled(doc);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(target.range);
    await selectionSettled(doc);
  }
  return insertAsPaste(doc, target.element, text);
}

/** How long an editor may take to render a change of its model into the DOM (React editors render later). */
const RENDER_WAIT_MS = 1000;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Resolves true once the composer shows `text` (blank runs aside), false if it does not within RENDER_WAIT_MS. A code
 * editor that draws only the lines in view is read whole, from its model, where the editor reader is there. Never
 * before a task has passed: an editor may copy what the browser inserted into its model in a task of its own
 * (Trumbowyg, in a timeout after a paste), and a send right away would read the model as it was, unmasked.
 */
export async function composerShows(composer: Composer, text: string): Promise<boolean> {
  const deadline = Date.now() + RENDER_WAIT_MS;
  await delay(0);
  while (squash(sentText(composer)) !== squash(text)) {
    if (Date.now() > deadline) return false;
    await delay(20);
  }
  return true;
}

/**
 * Selects everything in a code editor's model through its own Select All key (Monaco, Ace, CodeMirror 5 keep the
 * selection in their model; selecting their hidden input's few characters would not). True when the editor took it.
 */
function selectAllByKey(composer: HTMLElement): boolean {
  const mac = /Mac|iP/.test(navigator.platform);
  const init = { key: 'a', code: 'KeyA', keyCode: 65, which: 65, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true };
  return !composer.dispatchEvent(new KeyboardEvent('keydown', init as KeyboardEventInit));
}

const lineCount = (text: string) => text.split('\n').length;

/** Lines that hold more than blanks (Ace pads what its input holds with line breaks). */
const filledLines = (text: string) => text.split('\n').filter((line) => line.trim()).length;

/**
 * True when a code editor holds more than the lines it renders, which are all the guard reads of it: the first
 * line drawn is not at the top of its text (Monaco, Ace place each line at its offset from there), or what its
 * hidden input holds once everything is selected (CodeMirror 5 and Monaco put the selection there, for copying)
 * has more lines than were read. A paste of the masked lines over everything would drop the others.
 */
function holdsMore(composer: Composer, read: string): boolean {
  const selected = isTextField(composer) ? composer.value : ((composer as { editContext?: { text: string } }).editContext?.text ?? '');
  return parseFloat(codeLines(composer)![0]?.style.top) > 0 || filledLines(selected) > filledLines(read);
}

/**
 * True when a rich editor stands in for lines it did not draw with an empty block of their height (CodeMirror 6's
 * gaps, above and below the lines in view): the guard read only the lines drawn, and a paste of the masked lines
 * over everything would drop the others.
 */
function drawsPart(composer: HTMLElement): boolean {
  return [...composer.children].some((child) => child.tagName === 'DIV' && !child.hasChildNodes() && parseFloat((child as HTMLElement).style.height) > 0);
}

/**
 * What the editor reader says of a paste of the masked text over all of a code editor: true when it gives the
 * editor's whole text (other than the lines drawn) and that is the text `read` and masked, so the paste drops
 * nothing; false when it gives another (the text was read before the reader was there, from the lines drawn, where
 * Monaco draws a long line in pieces: as many lines as the model can hold none of them; or the editor changed
 * since); undefined without an answer. A line count would not tell these apart.
 */
function readWhole(composer: Composer, read?: string): boolean | undefined {
  const whole = sentText(composer);
  return whole === composerText(composer) ? undefined : whole === read;
}

/**
 * Selects all of one editable root (or text field) and hands it `text`, masked from `read`, as a paste, deleting the
 * selection first if `emptyFirst`. False, with nothing pasted, for a code editor that holds more text than was read.
 */
async function replaceIn(doc: Document, composer: Composer, text: string, read?: string, emptyFirst = false): Promise<boolean> {
  composer.focus();
  const drawn = composerText(composer);
  const covered = readWhole(composer, read);
  if (covered === false) return false;
  const byKey = codeLines(composer) && selectAllByKey(composer);
  if (!byKey) {
    if (isTextField(composer)) composer.select();
    else doc.getSelection()?.selectAllChildren(composer);
  }
  await selectionSettled(doc);
  if (byKey && !covered && holdsMore(composer, drawn)) return false;
  if (emptyFirst) {
    // As the Delete key would: the editor's own input handling empties it, down to its empty paragraph.
    doc.execCommand('delete');
    await selectionSettled(doc);
  }
  // As a paste, so each editor inserts the lines its own way (Lexical drops line breaks from insertText).
  insertAsPaste(doc, composer, text);
  return true;
}

/**
 * Replaces the composer's whole text (`read` when it was sent, `text` masked) as a paste over all of it, so the editor's own model sees a user edit
 * (and undo works). Waits for the editor to take the selection first, and for its DOM to follow after;
 * resolves false when the composer does not end up holding exactly `text`. In a block editor (one editable
 * root per paragraph), each block whose lines changed gets its own lines back, so the blocks stay as they were.
 */
export async function replaceComposerText(_doc: Document, composer: Composer, text: string, read?: string): Promise<boolean> {
  // The composer's own document: a send button may sit in the page around an editing frame (TinyMCE).
  const doc = composer.ownerDocument;
  const blocks = isTextField(composer) || codeLines(composer) ? [composer] : editableBlocks(composer);
  if (blocks.length === 1) {
    const rich = !isTextField(composer) && !codeLines(composer);
    if ((rich && drawsPart(composer) && !readWhole(composer, read)) || !(await replaceIn(doc, composer, text, read))) return false;
    // A rich editor may rebuild the paragraphs a paste replaces whole around the pasted line breaks, with a blank
    // line between each (Jodit): emptied first, it takes the paste into its empty paragraph, as at a caret.
    if (rich && (await composerShows(composer, text)) && lineCount(sentText(composer)) > lineCount(text)) await replaceIn(doc, composer, text, read, true);
    return composerShows(composer, text);
  }
  const lines = text.split('\n');
  const counts = blocks.map((block) => rootText(block).split('\n').length);
  // Masking keeps line breaks: a text whose lines do not match the blocks' is not this composer's.
  if (counts.reduce((sum, count) => sum + count, 0) !== lines.length) return false;
  for (const [index, block] of blocks.entries()) {
    const own = lines.splice(0, counts[index]).join('\n');
    if (own !== rootText(block)) await replaceIn(doc, block, own);
  }
  return composerShows(composer, text);
}
