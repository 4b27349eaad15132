import { patternDetector } from '../pattern-detector';
import { decodeJson } from './shared';

/** 1Password service-account tokens: ops_ and the base64 of a JSON object. */
export const onepasswordTokenDetector = patternDetector({
  id: 'onepassword-token',
  type: 'secret.generic_api_key',
  prefilter: ['ops_ey'],
  pattern: /(?<![A-Za-z0-9_])ops_eyJ[A-Za-z0-9+/_-]{100,1500}={0,2}(?![A-Za-z0-9+/=_-])/g,
  check: (value) => (typeof decodeJson(value.slice(4)) === 'object' ? 'high' : null),
});
