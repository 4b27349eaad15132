import { matchesInRuns } from '../matches';
import { patternDetector } from '../pattern-detector';
import { luhnValid } from '../validators/luhn';
import { before, headerIs, NUM_END, NUM_START, near } from './shared';

// "registered with the Trade and Companies Register ... under number": the RCS in English contracts.
// The words in the order gzip codes best: test() finds the same in any order.
const COMPANY_WORDS = /immatricul|entreprise|firma|\bsas\b|soci[ée]t[ée]|compan|empresa|\brcs\b|regist(?!rat)|\bsarl\b/i;
// A phone label ("Tél.", "Phone", "Teléfono"): unlike the phone context of shared.ts, not an e-mail address, which
// company footers also put before their SIREN.
const PHONE_LABEL = /t[ée]l|phon|fono/i;
// SREN: the scheme code of a SIREN in SEPA XML (<Othr><Id>...</Id><SchmeNm><Cd>SREN</Cd>). S21.G00.06.001: the SIREN's
// field in a French payroll declaration (DSN: S21.G00.06.001,'938079464').
// fec2: a company's general ledger export (fichier des écritures comptables), which the tax code names after its SIREN
// and its closing date: 123456789FEC20241231.txt.
const PREFILTER = ['siren', 'société', 'sren', 'societe', 'immatricul', 's21.g00.06.001', 'regist', 'rcs', 'sarl', 'entreprise', 'sas', 'compan', 'fec2'];

/**
 * French company numbers (SIREN): 9 digits, compact or 3-3-3, passing Luhn. Nine digits are too common to
 * trust alone: high after the word SIREN (or under a SIREN column header) and in a general ledger export's file name
 * (123456789FEC20241231), medium with company words (RCS,
 * société) or under a column of registration numbers ("Reg. no.", "Reg.-Nr.") unless a phone label closely precedes it,
 * otherwise low.
 */
export const frSirenDetector = patternDetector({
  id: 'fr-siren',
  type: 'pii.fr_siren',
  cues: PREFILTER,
  pattern: new RegExp(String.raw`${NUM_START}\d{3}([ .]?)\d{3}\1\d{3}(?:${NUM_END}|(?=FEC\d))`, 'g'),
  finder: matchesInRuns,
  check(value, text, start, end) {
    // The pattern's nine digits: a SIREN when they pass Luhn.
    if (!luhnValid(value.replace(/\D/g, '')) || /^0+$/.test(value)) return null;
    // (Nine digits followed by a letter match only before "FEC" and a date.)
    if (text[end] == 'F' || near(text, start, end, /S21\.G00\.06\.001|\bsi?ren\b/i) || headerIs(text, start, /\bsiren\b/)) return 'high';
    // A phone label right before the number ("Teléfono : 732 829 320" under a company name) says what it is.
    return (near(text, start, end, COMPANY_WORDS) || headerIs(text, start, /\breg\b/)) && !before(text, start, PHONE_LABEL, 12) ? 'medium' : 'low';
  },
});
