import { matchesInRuns } from '../matches';
import { patternDetector } from '../pattern-detector';
import { near } from './shared';

// ("NI number" is found by "ni num".)
// The words in the order gzip codes best: test() finds the same in any order.
const NINO_WORDS = /\bni\b(?: ?no| ?num)|\bnino\b|insurance (?:no|number)|national insurance/i;

/**
 * UK National Insurance numbers: HMRC prefix letters, 6 digits (spaced in pairs or not), suffix A-D. Medium, high with NI words.
 * The pattern holds HMRC's rules for each letter (the first neither D, F, I, Q, U nor V; the second not O either); the
 * check leaves out the pairs HMRC never allocates (BG, GB, NK, KN, TN, NT, ZZ).
 */
export const ukNinoDetector = patternDetector({
  id: 'uk-nino',
  type: 'pii.uk_nino',
  pattern: /(?<!\w)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D](?!\w)/g,
  finder: matchesInRuns,
  check(value, text, start, end) {
    if (!/^(?!BG|GB|NK|KN|TN|NT|ZZ)/.test(value)) return null;
    return near(text, start, end, NINO_WORDS) ? 'high' : 'medium';
  },
});
