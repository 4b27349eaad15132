import { matchesInRuns } from '../matches';
import { patternDetector } from '../pattern-detector';
import { ssnStatus } from '../validators/ssn';
import { before, headerIs, NUM_END, NUM_START, nearOnLine } from './shared';

// "ssn" may end a key's name (customer_ssn, customerSsn). French and Spanish name the US number by their own words
// ("numéro de sécurité sociale américain", "número de seguridad social de EE. UU."), SECURITE_SOCIALE: those words also
// introduce their countries' numbers, which never have an SSN's shape (a NIR: 1 85 05 78 006 084 36; a NUSS:
// 28/12345678/40), and are near their offices' phones and files' numbers, so they raise only a number in groups.
const SSN_WORDS = /ssn\b|social security|soc\.? ?sec|seguro social/i;
const SECURITE_SOCIALE = /seguridad social|s[ée]curit[ée] sociale/i;
// Company registers: nine digits there are a SIREN or a company number, never an SSN. Not inside a domain
// name (mail.company.com).
// The words in the order gzip codes best: test() finds the same in any order.
const COMPANY_WORDS = /(?<![.@])\b(?:tva|vat|rcs|registre|soci[ée]t[ée]|company|handelsregister|sire[nt])\b(?!\.\w)/i;
// An "SSN:" label ending the previous line, the number alone on the next.
const LABEL_ABOVE = /(?:ssn|security(?: number)?)\W{0,3}\n\s*$/i;

/**
 * US social security numbers, AAA-GG-SSSS with Presidio's invalidation. Dashed: medium (the 3-2-4 dashes are
 * strong structure even after a number); spaced: low; nine digits in a row only with SSN words. SSN words
 * on the number's line, in a label on the line above, or in its table column's header raise any form to
 * high; in a table the other cells of the line say nothing about it. The published samples stay low.
 */
export const usSsnDetector = patternDetector({
  id: 'us-ssn',
  type: 'pii.us_ssn',
  pattern: new RegExp(String.raw`(?:(?<![\w+@./-])\d{3}-\d\d-\d{4}|${NUM_START}\d{3}( ?)\d\d\1\d{4})${NUM_END}`, 'g'),
  finder: matchesInRuns,
  check(value, text, start, end) {
    const status = ssnStatus(value.replace(/\D/g, ''));
    if (!status) return null;
    if (status === 'sample') return 'low';
    // A key naming a SIREN or SIRET right before the number (a record's "siren": "614086715") outweighs an "ssn" key
    // elsewhere on its line.
    if (before(text, start, /sire[nt]\W{1,4}$/i, 12)) return null;
    // "My SSN is ..." on the number's line outweighs a company word elsewhere in the sentence.
    if (nearOnLine(text, start, end, SSN_WORDS) || (value[3] < '0' && nearOnLine(text, start, end, SECURITE_SOCIALE)) || headerIs(text, start, SSN_WORDS) || LABEL_ABOVE.test(text.slice(start - 24, start))) return 'high';
    if (nearOnLine(text, start, end, COMPANY_WORDS)) return null;
    return value[3] === '-' ? 'medium' : value[3] === ' ' ? 'low' : null;
  },
});
