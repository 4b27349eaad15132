import { matchesInRuns } from '../matches';
import { patternDetector } from '../pattern-detector';
import { ninoValid } from '../validators/nino';
import { near } from './shared';

// ("NI number" is found by "ni num".)
const NINO_WORDS = /national insurance|\bnino\b|\bni\b(?: ?no| ?num)|insurance (?:no|number)/i;

/** UK National Insurance numbers: HMRC prefix letters, 6 digits (spaced in pairs or not), suffix A-D. Medium, high with NI words. */
export const ukNinoDetector = patternDetector({
  id: 'uk-nino',
  type: 'pii.uk_nino',
  cues: [],
  pattern: /(?<!\w)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D](?!\w)/g,
  finder: matchesInRuns,
  check(value, text, start, end) {
    if (!ninoValid(value.replace(/ /g, ''))) return null;
    return near(text, start, end, NINO_WORDS) ? 'high' : 'medium';
  },
});
