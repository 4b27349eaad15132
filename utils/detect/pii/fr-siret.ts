import { patternDetector } from '../pattern-detector';
import { siretValid } from '../validators/siren';
import { headerIs, inNumbers, labelledNotPii, near, numberPattern } from './shared';

const SIRET_WORDS = /\bsire[nt]\b|\bnic\b|[ée]tablissement/i;

/**
 * French establishment numbers (SIRET): 14 digits, compact, 3-3-3-5, 3-3-3-3-2 or SIREN then NIC, passing
 * Luhn or the La Poste rule. Medium, high near the word SIRET or under a SIRET column header; low after an
 * order or invoice label, when the digits read as a timestamp (yyyymmdd...) or, in a row, as a Diners card.
 */
export const frSiretDetector = patternDetector({
  id: 'fr-siret',
  type: 'pii.fr_siret',
  // 3-3-3-5, 3-3-3-3-2 (as SIRETs are often printed) or SIREN then NIC.
  pattern: numberPattern(/\d{3}([ .\xa0]?)\d{3}\1\d{3}(?:[ .\xa0]?\d{5}|\1\d{3}\1\d\d)/),
  finder: inNumbers,
  check(value, text, start, end) {
    const digits = value.replace(/\D/g, '');
    // A valid SIRET has 14 digits, so \1* finds the same numbers of one repeated digit as \1+ (and is written as
    // the credit card's check is).
    if (!siretValid(digits) || /^(\d)\1*$/.test(digits)) return null;
    if (near(text, start, end, SIRET_WORDS) || headerIs(text, start, SIRET_WORDS)) return 'high';
    // Fourteen digits in a row in a Diners Club range, with no SIRET word: a card as likely as a SIRET.
    if (value === digits && /^3(?:0[0-5]|[689])/.test(digits)) return 'low';
    // (The alternatives in the order gzip codes best: test() finds the same in any order.)
    const timestamp = /^(?:20|19)\d\d(?:0[1-9]|1[0-2])(?:[12]\d|3[01]|0[1-9])/.test(digits);
    return timestamp || labelledNotPii(text, start) ? 'low' : 'medium';
  },
});
