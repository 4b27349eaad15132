import { matchesInRuns } from '../matches';
import { patternDetector } from '../pattern-detector';
import type { Confidence } from '../types';
import { esVatValid } from '../validators/vat';
import { near, nearOnLine } from './shared';

// The words in the order gzip codes best: test() finds the same in any order.
const ES_WORDS = /\b(?:tva|vat|ust|iva|nif|cif|intracom|dni|nie)/i;
// A person's number (a DNI: eight digits and a letter; an NIE: X, Y or Z, seven digits and a letter) is a VAT number
// only where words of VAT on its line say so (a form's lines above may give the company's VAT number): under "DNI",
// "NIE" or "NIF" alone it is an identity card's or a tax file's number, which no type of the vocabulary holds (low). A
// company's (a letter first) needs only the tax words.
// (Not shared.ts's VAT_WORDS: its nif and cif are the words this rule leaves out.)
const PERSON_VAT_WORDS = /\b(?:tva|vat|ust\b|iva|intracom)/i;

/** Confidence of a matched NIF, or null when its control character is wrong or it lacks prefix and context. */
function confidenceOf(value: string, text: string, start: number, end: number): Confidence | null {
  const prefixed = value.startsWith('ES') && value.length > 9;
  if (!esVatValid(value.replace(/[ -]/g, '').slice(prefixed ? 2 : 0))) return null;
  const context = near(text, start, end, ES_WORDS);
  if (prefixed) return context ? 'high' : 'medium';
  return context ? (/^[XYZ\d]/.test(value) && !nearOnLine(text, start, end, PERSON_VAT_WORDS) ? 'low' : 'medium') : null;
}

/**
 * Spanish VAT numbers (NIF: DNI, NIE or company CIF forms) with their control character. With the ES
 * prefix: medium, high with tax words; without it, reported only next to those words (medium).
 */
export const vatEsDetector = patternDetector({
  id: 'vat-es',
  type: 'pii.eu_vat',
  // A whole word of 9 characters (or 11 with a glued "ES"), possibly after a separate "ES " or "ES-". The lookbehind
  // is written in each alternative: the search of the runs takes a quarter less time than with one lookbehind before
  // an optional "ES".
  pattern: /(?:(?<![\w./-])ES[ -]?|(?<![\w./-]))[0-9A-Z]\d{7}[0-9A-Z](?!\w|[./-]\d)/g,
  // Every NIF holds seven digits in a row, so it lies in a number run.
  finder: matchesInRuns,
  check: confidenceOf,
});
