import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Google API keys: AIza and 35 URL-safe characters. */
export const googleApiKeyDetector = patternDetector({
  id: 'google-api-key',
  type: 'secret.google_api_key',
  prefilter: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/gy,
  search: nearLiteral('AIza'),
  check: prefixed,
});
