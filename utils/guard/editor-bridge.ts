import { composerText, type Composer } from './composer';

/*
 * The guard's side of the bridge to the editor reader (utils/guard/editor-reader.ts), which runs in the page's
 * own world, where code editors keep their text. This part is bundled into the guard: keep it small.
 */

/**
 * The name of the event the guard dispatches on a composer to ask for its editor's whole text (it carries nothing),
 * and of the attribute of the composer the reader puts the text in meanwhile, which the guard removes at once (a
 * string in an attribute crosses between the page's world and the extension's, in Chromium and Firefox).
 */
export const EDITOR_TEXT = 'vigie-text';
/** Code editors that draw only the lines in view (Monaco, Ace, CodeMirror 5 and 6); the order of composer.ts's list, which gzip then finds again. */
export const CODE_EDITORS = '.monaco-editor,.ace_editor,.CodeMirror,.cm-editor';

/**
 * The text a composer sends: for a code editor that draws only the lines in view, its whole text as the reader
 * in the page's world answers, synchronously, when the answer holds every line the editor drew (the page can
 * answer too: it never makes the guard read less than the lines drawn); otherwise the lines drawn, as before.
 * Asked of every composer (the reader answers for code editors only), which costs fewer bytes than telling them apart.
 */
export function sentText(composer: Composer): string {
  const drawn = composerText(composer);
  // The reader listens on the document, capturing: it hears an event that does not bubble. Not composed (bytes): a
  // code editor in a shadow root gets no answer, and its lines drawn are read.
  composer.dispatchEvent(new Event(EDITOR_TEXT));
  // No answer reads as the lines drawn (a composer whose lines are all a character or less passes the check below).
  const text = composer.getAttribute(EDITOR_TEXT) ?? drawn;
  composer.removeAttribute(EDITOR_TEXT);
  // Each line drawn is in the text (a line Monaco wraps is drawn in pieces), but for a character or less (CodeMirror 5
  // draws an empty line as a zero-width space); white space aside, since editors draw a tab as spaces.
  const flat = text.replace(/\s/g, '');
  return drawn.split('\n').every((line) => flat.includes(line.replace(/\s/g, '')) || !line[1]) ? text : drawn;
}
