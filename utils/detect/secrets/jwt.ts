import { patternDetector } from '../pattern-detector';
import { decodeJson } from './shared';

/** JSON Web Tokens: three base64url parts whose header decodes to a JSON object with an "alg". */
export const jwtDetector = patternDetector({
  id: 'jwt',
  type: 'secret.jwt',
  prefilter: ['eyj'],
  // The header starts with eyJ, the base64 of '{"'; no part may hold a dot, so the split is unambiguous.
  pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_-])/g,
  check(value) {
    const [header, payload] = value.split('.');
    const decoded = decodeJson(header) as { alg?: unknown } | undefined;
    if (typeof decoded !== 'object' || decoded === null || typeof decoded.alg !== 'string') return null;
    // The jwt.io sample token (John Doe) is pasted in tutorials and questions, not a credential.
    return JSON.stringify(decodeJson(payload) ?? '').includes('John Doe') ? 'low' : 'high';
  },
});
