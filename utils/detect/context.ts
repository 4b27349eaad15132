/** How many characters before and after a match are searched for context words. */
export const CONTEXT_WINDOW = 64;

/** The `length` characters of `text` before `end` (fewer at its start). */
export function textBefore(text: string, end: number, length: number): string {
  return text.slice(Math.max(0, end - length), end);
}

/** The `length` characters of `text` from `start` (fewer at its end). */
export function textAfter(text: string, start: number, length: number): string {
  return text.slice(start, start + length);
}

/**
 * True when `words` (a pattern of lower-case words, without flags: /aws|amazon/) finds one within
 * CONTEXT_WINDOW characters before or after the span [start, end) of `text`. Only the window is lower-cased,
 * so the cost does not grow with the text.
 */
export function contextNear(text: string, start: number, end: number, words: RegExp, window = CONTEXT_WINDOW): boolean {
  return words.test(textBefore(text, start, window).toLowerCase()) || words.test(textAfter(text, end, window).toLowerCase());
}

/** True when `words` finds one in the `window` characters before the span only (labels such as "IBAN:"). */
export function contextBefore(text: string, start: number, words: RegExp, window = CONTEXT_WINDOW): boolean {
  return words.test(textBefore(text, start, window).toLowerCase());
}
