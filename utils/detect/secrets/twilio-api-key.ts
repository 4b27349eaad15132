import { contextNear } from '../context';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Twilio API key SIDs (SK and 32 hex digits), when Twilio is named nearby. */
export const twilioApiKeyDetector = patternDetector({
  id: 'twilio-api-key',
  type: 'secret.generic_api_key',
  cues: ['twilio'],
  pattern: /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/g,
  // "SK" and 32 hex digits alone could be any identifier.
  check: (value, text, start, end) => (contextNear(text, start, end, /twilio/, 200) ? prefixed(value) : null),
});
