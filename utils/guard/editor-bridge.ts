import { composerText, type Composer } from './composer';

/*
 * The guard's side of the bridge to the editor reader (utils/guard/editor-reader.ts), which runs in the page's
 * own world, where code editors keep their text. This part is bundled into the guard: keep it small.
 */

/** The event the guard dispatches on a composer to ask for its editor's whole text (it carries nothing). */
export const EDITOR_TEXT_REQUEST = 'vigie-read';
/** The event the reader answers with, on the same element, while the request is being dispatched: its detail is the text. */
export const EDITOR_TEXT_ANSWER = 'vigie-text';
/** Code editors that draw only the lines in view (Monaco, Ace, CodeMirror 5 and 6); the order of composer.ts's list, which gzip then finds again. */
export const CODE_EDITORS = '.monaco-editor,.ace_editor,.CodeMirror,.cm-editor';

/**
 * The text a composer sends: for a code editor that draws only the lines in view, its whole text as the reader
 * in the page's world answers, synchronously, when the answer holds every line the editor drew (the page can
 * answer too: it never makes the guard read less than the lines drawn); otherwise the lines drawn, as before.
 */
export function sentText(composer: Composer): string {
  const drawn = composerText(composer);
  if (!composer.closest(CODE_EDITORS)) return drawn;
  let text: unknown;
  const take = (event: Event) => (text = (event as CustomEvent).detail);
  composer.addEventListener(EDITOR_TEXT_ANSWER, take);
  // Capture listeners (the reader's, on the document) hear an event that does not bubble; `composed` takes it out of a shadow root.
  composer.dispatchEvent(new Event(EDITOR_TEXT_REQUEST, { composed: true }));
  composer.removeEventListener(EDITOR_TEXT_ANSWER, take);
  // Each line drawn is in the text (a line Monaco wraps is drawn in pieces; CodeMirror 5 draws an empty line as a zero-width space).
  return typeof text == 'string' && drawn.split('\n').every((line) => (text as string).includes(line.replace('\u200b', ''))) ? text : drawn;
}
