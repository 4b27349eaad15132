import { matchesInRuns } from '../matches';
import { patternDetector } from '../pattern-detector';
import { siretValid } from '../validators/siren';
import { NUM_END, NUM_START, labelledNotPii, near } from './shared';

/**
 * French establishment numbers (SIRET): 14 digits, compact, 3-3-3-5 or SIREN then NIC, passing Luhn or the
 * La Poste rule. Medium, high near the word SIRET; low after an order or invoice label or when the digits
 * read as a timestamp (yyyymmdd...).
 */
export const frSiretDetector = patternDetector({
  id: 'fr-siret',
  type: 'pii.fr_siret',
  prefilter: [],
  pattern: new RegExp(String.raw`${NUM_START}\d{3}([ .]?)\d{3}\1\d{3}[ .]?\d{5}${NUM_END}`, 'g'),
  search: matchesInRuns,
  check(value, text, start, end) {
    const digits = value.replace(/\D/g, '');
    if (!siretValid(digits) || /^(\d)\1+$/.test(digits)) return null;
    if (near(text, start, end, /\bsiret\b|\bsiren\b|\bnic\b|[ée]tablissement/i)) return 'high';
    const timestamp = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/.test(digits);
    return timestamp || labelledNotPii(text, start) ? 'low' : 'medium';
  },
});
