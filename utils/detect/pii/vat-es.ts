import { charTable, inClass } from '../char-table';
import { finding } from '../finding';
import { matchesInRuns } from '../matches';
import type { Confidence, Detector, Finding } from '../types';
import { esVatValid } from '../validators/vat';
import { near } from './shared';

const ES_WORDS = /\b(?:tva|vat|ust|iva|nif|cif|intracom|nie|dni)/i;

// The full pattern, tried sticky at candidate starts only: its boundary lookbehind would otherwise run at
// every position of the text.
const NIF = /(?<![\w./-])(?:ES[ -]?)?[0-9A-Z]\d{7}[0-9A-Z](?!\w|[./-]\d)/y;
// Cheap first pass: every NIF holds seven digits in a row, so it lies in a number run. The digits after the
// seventh are taken too: a longer row is one word, walked once, so one match for it is enough.
const SEVEN_DIGITS = /\d{7}\d*/g;

// Word characters: ASCII letters, digits and "_".
const WORD = charTable(/\w/);

/** Confidence of a matched NIF, or null when its control character is wrong or it lacks prefix and context. */
function confidenceOf(value: string, text: string, start: number, end: number): Confidence | null {
  const prefixed = value.startsWith('ES') && value.length > 9;
  if (!esVatValid(value.replace(/[ -]/g, '').slice(prefixed ? 2 : 0))) return null;
  const context = near(text, start, end, ES_WORDS);
  if (prefixed) return context ? 'high' : 'medium';
  return context ? 'medium' : null;
}

/**
 * Spanish VAT numbers (NIF: DNI, NIE or company CIF forms) with their control character. With the ES
 * prefix: medium, high with tax words; without it, reported only next to those words (medium).
 *
 * A match is a whole word of 9 characters (or 11 with a glued "ES"), possibly after a separate "ES " or
 * "ES-". So each run of seven digits points at one word, and the pattern runs sticky from that word's start,
 * or from the "ES" before it, only when the word has one of those lengths.
 */
export const vatEsDetector: Detector = {
  id: 'vat-es',
  type: 'pii.eu_vat',
  cues: [],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    // End of the last word walked: the digits before it were part of it, so words are walked once.
    let walked = 0;
    for (const hit of matchesInRuns(SEVEN_DIGITS, text)) {
      if (hit.index < walked) continue;
      // The word around the digits.
      let start = hit.index;
      while (inClass(WORD, text, start - 1)) start--;
      let end = hit.index + 7;
      while (inClass(WORD, text, end)) end++;
      walked = end;
      const length = end - start;
      let from = -1;
      if (length === 9) from = start >= 3 && (text[start - 1] === ' ' || text[start - 1] === '-') ? start - 3 : start;
      else if (length === 11 && text.startsWith('ES', start)) from = start;
      if (from < 0) continue;
      NIF.lastIndex = from;
      let match = NIF.exec(text);
      // A separate "ES" that does not fit leaves the word itself to try.
      if (!match && from !== start) {
        NIF.lastIndex = start;
        match = NIF.exec(text);
      }
      if (!match) continue;
      const matchStart = match.index;
      const matchEnd = matchStart + match[0].length;
      const confidence = confidenceOf(match[0], text, matchStart, matchEnd);
      if (confidence) findings.push(finding(this, matchStart, matchEnd, confidence));
    }
    return findings;
  },
};
