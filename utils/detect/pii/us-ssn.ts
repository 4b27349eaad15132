import { matchesInRuns } from '../matches';
import { patternDetector } from '../pattern-detector';
import { ssnStatus } from '../validators/ssn';
import { before, NUM_END, NUM_START, near } from './shared';

// US terms only: "sécurité sociale" or "Sozialversicherung" introduce other countries' numbers (a NIR...).
const SSN_WORDS = /\bssn\b|social security|soc\.? ?sec|seguro social/i;
// Company registers: nine digits there are a SIREN or a company number, never an SSN.
const COMPANY_WORDS = /\b(?:rcs|siren|siret|tva|vat|registre|soci[ée]t[ée]|company|handelsregister)\b/i;

/**
 * US social security numbers, AAA-GG-SSSS with Presidio's invalidation. Dashed: medium; spaced: low; nine
 * digits in a row only next to SSN words. SSN words raise any form to high; the published samples stay low.
 */
export const usSsnDetector = patternDetector({
  id: 'us-ssn',
  type: 'pii.us_ssn',
  prefilter: [],
  pattern: new RegExp(String.raw`${NUM_START}\d{3}([\- ]?)\d\d\1\d{4}${NUM_END}`, 'g'),
  search: matchesInRuns,
  check(value, text, start, end) {
    const status = ssnStatus(value.replace(/\D/g, ''));
    if (status === 'invalid') return null;
    if (status === 'sample') return 'low';
    // "My SSN is ..." right before the number outweighs a company word elsewhere in the sentence.
    if (before(text, start, SSN_WORDS, 32)) return 'high';
    if (near(text, start, end, COMPANY_WORDS)) return null;
    if (near(text, start, end, SSN_WORDS)) return 'high';
    return value[3] === '-' ? 'medium' : value[3] === ' ' ? 'low' : null;
  },
});
