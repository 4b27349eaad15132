import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import type { Confidence } from '../types';
import { decodeBase64, decodeJson } from './shared';

// The header starts with eyJ, the base64 of '{"'; no part may hold a dot, so the split is unambiguous.
// The pattern is sticky: the detector tries it only next to a 'J', where "eyJ" can start.
const TOKEN = /(?<![\w-])eyJ[\w-]{10,2000}\.[\w-]{2,8000}\.[\w-]{0,2000}(?![\w-])/gy;

function check(value: string): Confidence | null {
  const [header, payload] = value.split('.');
  // Only an object has an "alg": a string, a number, true, false or null parsed from the header has none.
  const decoded = decodeJson(header) as { alg?: unknown } | null | undefined;
  if (typeof decoded?.alg !== 'string') return null;
  // The jwt.io sample token (John Doe) is pasted in tutorials and questions, not a credential. Without a
  // backslash (an escape), the parsed strings are pieces of the decoded text, so parsing (which throws, slowly,
  // on most payloads) is only needed when that text holds the name or an escape.
  // (A payload that is not base64 leaves undefined, which test() reads as the text "undefined": neither.)
  if (!/John Doe|\\/.test(decodeBase64(payload) as string)) return 'high';
  return JSON.stringify(decodeJson(payload))?.includes('John Doe') ? 'low' : 'high';
}

/** JSON Web Tokens: three base64url parts whose header decodes to a JSON object with an "alg". */
export const jwtDetector = patternDetector({
  id: 'jwt',
  cues: ['eyj'],
  pattern: TOKEN,
  // Each "eyJ" is found by its 'J', a rare letter that indexOf skips to quickly; the pattern is tried from the
  // two characters before it (where "eyJ" starts) up to it, and a match resumes the search after its end, as a
  // scan with the pattern would.
  finder: nearLiteral('J', 2),
  check,
});
