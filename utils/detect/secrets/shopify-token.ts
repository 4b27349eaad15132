import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Shopify access tokens and app secrets: shpat_, shpca_, shppa_, shpss_ and 32 hex digits. */
export const shopifyTokenDetector = patternDetector({
  id: 'shopify-token',
  type: 'secret.generic_api_key',
  // The prefix the four share: the pattern decides which follow (a wider prefilter finds the same).
  cues: ['shp'],
  pattern: /(?<!\w)shp(?:pa|at|ca|ss)_[A-F0-9a-f]{32}(?!\w)/g,
  check: prefixed,
});
