import { patternDetector } from '../pattern-detector';
import { nirValid } from '../validators/nir';
import { before, headerIs, inNumbers, labelledNotPii, near, numberPattern } from './shared';

// ("Seguridad social" is found by its "social".)
// The words in the order gzip codes best: test() finds the same in any order.
const NIR_WORDS = /\bn° ?ss\b|insee|s[ée]cu|num[ée]ro de ss|assur[ée]|sozialversicherung|vitale|\bnir\b|social/i;

/**
 * French social security numbers (NIR): 13 characters (2A/2B for Corsica) and a 2-digit key, compact or
 * spaced as 1 84 12 76 451 089 46 (overseas: 1 85 05 971 12 345 17), the key maybe set off by a dash or a slash
 * (... 089 - 46). The key must match: medium, high with social-security words, low right after an order or
 * tracking label.
 */
export const frNirDetector = patternDetector({
  id: 'fr-nir',
  type: 'pii.fr_nir',
  pattern: numberPattern(/[1-478]([ .]?)\d\d\1\d\d\1(?:(?:\d\d|2[AB])\1\d{3}|\d{3}\1\d\d)\1\d{3}(?:\1| | ?[-/] ?)\d\d/),
  finder: inNumbers,
  check(value, text, start, end) {
    if (!nirValid(value.replace(/[ ./-]/g, ''))) return null;
    if (near(text, start, end, NIR_WORDS)) return 'high';
    // An order or tracking label right before it, or an IMEI or IMSI named in its sentence or as its column's header (a
    // call record's: an IMEI's Luhn digit leaves the NIR's key a 1 in 97 chance), says what it is ("L'IMEI du terminal
    // remplacé est 356036478531381"): in a sentence, a compact number with no other long number between (not "IMEI :
    // 352191458902716, matricule 2 86 06 13 021 763 52").
    return labelledNotPii(text, start) || (/^\d{15}$/.test(value) && before(text, start, /\bim[es]i\b(?:(?!\d{6})[^\n])*$/i, 48)) || headerIs(text, start, /im[es]i/) ? 'low' : 'medium';
  },
});
