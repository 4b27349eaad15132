import { finding } from '../finding';
import type { Confidence, Detector, Finding } from '../types';
import { decodeBase64, decodeJson } from './shared';

// The header starts with eyJ, the base64 of '{"'; no part may hold a dot, so the split is unambiguous.
// The pattern is sticky: find() tries it only where "eyJ" occurs.
const TOKEN = /(?<![\w-])eyJ[\w-]{10,2000}\.[\w-]{2,8000}\.[\w-]{0,2000}(?![\w-])/y;

function check(value: string): Confidence | null {
  const [header, payload] = value.split('.');
  // Only an object has an "alg": a string, a number, true, false or null parsed from the header has none.
  const decoded = decodeJson(header) as { alg?: unknown } | null | undefined;
  if (typeof decoded?.alg !== 'string') return null;
  // The jwt.io sample token (John Doe) is pasted in tutorials and questions, not a credential. Without a
  // backslash (an escape), the parsed strings are pieces of the decoded text, so parsing (which throws, slowly,
  // on most payloads) is only needed when that text holds the name or an escape.
  const text = decodeBase64(payload) ?? '';
  if (!/John Doe|\\/.test(text)) return 'high';
  return JSON.stringify(decodeJson(payload) ?? '').includes('John Doe') ? 'low' : 'high';
}

/** JSON Web Tokens: three base64url parts whose header decodes to a JSON object with an "alg". */
export const jwtDetector: Detector = {
  id: 'jwt',
  type: 'secret.jwt',
  cues: ['eyj'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    // Each "eyJ" is found by its 'J', a rare letter that indexOf skips to quickly; a match resumes the search
    // after its end, as a scan with the pattern would.
    let from = 0;
    for (let j = text.indexOf('J', 2); j >= 0; j = text.indexOf('J', Math.max(j + 1, from + 2))) {
      const start = j - 2;
      if (start < from || text.charCodeAt(start) !== 0x65 || text.charCodeAt(j - 1) !== 0x79) continue;
      TOKEN.lastIndex = start;
      const match = TOKEN.exec(text);
      if (!match) continue;
      const end = start + match[0].length;
      from = end;
      const confidence = check(match[0]);
      if (confidence) findings.push(finding(this, start, end, confidence));
    }
    return findings;
  },
};
