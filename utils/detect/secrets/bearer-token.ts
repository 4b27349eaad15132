import { patternDetector } from '../pattern-detector';
import { looksGenerated } from './shared';

/**
 * Bearer tokens in an Authorization header or a curl command: "Bearer" and a high-entropy value; and Basic
 * credentials: "Basic" and the base64 of "user:password".
 */
export const bearerTokenDetector = patternDetector({
  id: 'bearer-token',
  type: 'secret.generic_api_key',
  prefilter: ['bearer', 'basic'],
  pattern: /(?<![A-Za-z])(?:bearer|basic)\s{1,3}([A-Za-z0-9_\-+/.~]{8,500}={0,2})(?![A-Za-z0-9_\-+/=.~])/dgi,
  group: 1,
  check(value, text, start) {
    if (!/basic\s*$/i.test(text.slice(start - 9, start))) return value.length >= 20 && looksGenerated(value.replace(/\.+$/, '')) ? 'medium' : null;
    try {
      return /^[^:\s]{1,64}:\S{4,}$/.test(atob(value)) ? 'medium' : null;
    } catch {
      return null;
    }
  },
});
