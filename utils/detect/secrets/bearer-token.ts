import { patternDetector } from '../pattern-detector';
import { looksGenerated } from './shared';

/**
 * Bearer tokens in an Authorization header or a curl command, and Basic credentials (the base64 of
 * "user:password"): "Bearer" or "Basic" and a high-entropy value.
 */
export const bearerTokenDetector = patternDetector({
  id: 'bearer-token',
  type: 'secret.generic_api_key',
  prefilter: ['bearer', 'basic'],
  pattern: /(?<![A-Za-z])(?:bearer|basic)\s{1,3}([A-Za-z0-9_\-+/.~]{20,500}={0,2})(?![A-Za-z0-9_\-+/=.~])/dgi,
  group: 1,
  check: (value) => (looksGenerated(value.replace(/\.+$/, '')) ? 'medium' : null),
});
