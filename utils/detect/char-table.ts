import { lazy } from './lazy';

/**
 * A lookup table over the codes below 256, for scanning loops that test characters by code, built on first
 * use: table()[code] is the 1-based index of the last of `classes` (one-character patterns) that accepts the
 * character, 0 when none does. Codes of 256 and above are never members, and neither is the NaN of an offset
 * outside the text (table[NaN] is undefined).
 */
export function charTable(...classes: RegExp[]): () => Uint8Array {
  return lazy(() => {
    const table = new Uint8Array(256);
    for (let code = 0; code < 256; code++) classes.forEach((charClass, i) => charClass.test(String.fromCharCode(code)) && (table[code] = i + 1));
    return table;
  });
}

/** True when the character at `index` of `text` is of the first class of `table` (false outside the text). */
export function inClass(table: () => Uint8Array, text: string, index: number): boolean {
  return table()[text.charCodeAt(index)] === 1;
}
