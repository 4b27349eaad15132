import { patternDetector } from '../pattern-detector';
import { decodeJson } from './shared';

/** 1Password service-account tokens: ops_ and the base64 of a JSON object. */
export const onepasswordTokenDetector = patternDetector({
  id: 'onepassword-token',
  type: 'secret.generic_api_key',
  cues: ['ops_ey'],
  pattern: /(?<!\w)ops_eyJ[\w+/-]{100,1500}={0,2}(?![\w+/=-])/g,
  check: (value) => (typeof decodeJson(value.slice(4)) === 'object' ? 'high' : null),
});
