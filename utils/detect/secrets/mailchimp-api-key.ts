import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Mailchimp API keys: 32 hex digits and the data-center suffix (-us1 to -us99). */
export const mailchimpApiKeyDetector = patternDetector({
  id: 'mailchimp-api-key',
  type: 'secret.generic_api_key',
  cues: ['-us'],
  pattern: /(?<![A-Za-z0-9])[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9])/gy,
  // Instead of the pattern being tried at every offset, indexOf finds each "-us", and the pattern is tried from the
  // 32 characters before it up to it (where only the offset 32 before can match).
  finder: nearLiteral('-us', 32),
  check: prefixed,
});
