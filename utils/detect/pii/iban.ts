import { finding } from '../finding';
import { allMatches } from '../matches';
import type { Detector, Finding } from '../types';
import { ibanLength, ibanValid } from '../validators/iban';

// Country, check digits, then the BBAN in letters and digits, compact or in groups of four. Upper case is the
// rule, but an IBAN typed in lower case ("fr76 3000 ...") is still one. Not glued to a word, except after an MT940
// statement's subfield code (":86:...?31FR76...", the payer's IBAN).
const CANDIDATE = /(?<!(?<!\?\d)\w)[A-Z]{2}\d\d(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Z0-9])/gi;

/**
 * IBANs of any country, compact or grouped by four: the country's length and mod-97 = 1 (high). A match that
 * runs into a following upper-case word is cut back to the country's length at a group boundary.
 */
export const ibanDetector: Detector = {
  id: 'iban',
  type: 'pii.iban',
  cues: [],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    for (const match of allMatches(CANDIDATE, text)) {
      const raw = match[0].toUpperCase();
      const length = ibanLength(raw.slice(0, 2));
      if (!length) continue;
      // Walk the raw match until `length` characters other than spaces have been seen.
      let end = 0;
      for (let seen = 0; end < raw.length && seen < length; end++) if (raw[end] !== ' ') seen++;
      if (end < raw.length && raw[end] !== ' ') continue;
      // Four X in a row mask digits: such an IBAN passes mod-97 one time in 97, by chance.
      const iban = raw.slice(0, end).replace(/ /g, '');
      if (!ibanValid(iban) || /X{4}/.test(iban)) continue;
      findings.push(finding(this, match.index, match.index + end, 'high'));
    }
    return findings;
  },
};
