import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Google API keys: AIza and 35 URL-safe characters. */
export const googleApiKeyDetector = patternDetector({
  id: 'google-api-key',
  cues: ['aiza'],
  pattern: /(?<![\w-])AIza[\w-]{35}(?![\w-])/gy,
  finder: nearLiteral('AIza'),
  check: prefixed,
});
