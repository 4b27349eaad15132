import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Mailchimp API keys: 32 hex digits and the data-center suffix (-us1 to -us99). */
export const mailchimpApiKeyDetector = patternDetector({
  id: 'mailchimp-api-key',
  type: 'secret.generic_api_key',
  prefilter: ['-us'],
  pattern: /(?<![A-Za-z0-9])[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9])/g,
  check: prefixed,
});
