import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** DigitalOcean personal, OAuth and refresh tokens: dop_v1_, doo_v1_, dor_v1_ and 64 hex digits. */
export const digitaloceanTokenDetector = patternDetector({
  id: 'digitalocean-token',
  type: 'secret.generic_api_key',
  // The part the three share: the pattern decides which come before (a wider prefilter finds the same).
  cues: ['_v1_'],
  pattern: /(?<!\w)do[opr]_v1_[0-9a-f]{64}(?!\w)/g,
  check: prefixed,
});
