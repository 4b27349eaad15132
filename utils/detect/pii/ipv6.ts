import { charTable } from '../char-table';
import { finding } from '../finding';
import type { Confidence, Detector, Finding } from '../types';
import { near } from './shared';

const IP_WORDS = /\b(?:ip(?:v6)?|addr|address|adresse|direcci[óo]n|host|server|serveur|servidor|gateway|dns|subnet|ping|ssh|prefix|route)\b/i;

/** True when a candidate is a well-formed IPv6 address (at most one "::", eight groups in all). */
export function ipv6Valid(value: string): boolean {
  const groups = value.split(':');
  const tail = groups.at(-1)!;
  if (tail.includes('.')) {
    // An embedded IPv4 tail counts as two groups.
    if (!tail.split('.').every((octet) => Number(octet) <= 255 && !/^0\d/.test(octet))) return false;
    groups.splice(-1, 1, '0', '0');
  }
  const joined = groups.join(':');
  const halves = joined.split('::');
  if (halves.length > 2) return false;
  const parts = halves.flatMap((half) => (half ? half.split(':') : []));
  if (!parts.every((part) => /^[0-9a-f]{1,4}$/i.test(part))) return false;
  return halves.length === 2 ? parts.length >= 1 && parts.length <= 7 : parts.length === 8;
}

// The full address pattern, tried sticky at candidate starts only: the boundary lookbehind at the front
// would otherwise run at every position of the text.
const ADDRESS =
  /(?<![\w:.])(?:::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})(?::?(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d)/iy;

// Character classes by code: 1 for word characters, 2 for the hex digits among them (either case).
const CLASS = charTable(/\w/, /[0-9a-f]/i);

/** Class of the character at `index`: 2 hex digit, 1 other word character, 0 anything else or outside the text. */
function charClass(text: string, index: number): number {
  return CLASS()[text.charCodeAt(index)] ?? 0;
}

/** True when the character at `index` may come right before an address: not a word character, ":" or ".". */
function boundaryBefore(text: string, index: number): boolean {
  const char = text[index];
  return index < 0 || (char !== ':' && char !== '.' && charClass(text, index) === 0);
}

/** Confidence of a matched address, or null when it is not a well-formed one. */
function confidenceOf(value: string, text: string, start: number, end: number): Confidence | null {
  if (!ipv6Valid(value)) return null;
  // Loopback (::1) is no one's address, as 127.0.0.1 is: low, whatever the words near.
  const context = value != '::1' && near(text, start, end, IP_WORDS);
  if (value.includes('::') && value.split(/:+/).filter(Boolean).length < 3) return context ? 'medium' : 'low';
  return context ? 'high' : 'medium';
}

/**
 * IPv6 addresses, full or compressed, with an optional IPv4 tail. Medium (high with network words); a
 * compressed form with fewer than three groups (::1, fe80::1, or a C++ scope such as abc::def) is low unless
 * network words are near.
 *
 * Every address starts either with "::" or with one to four hex digits right before a ":", after a boundary.
 * So each ":" of the text gives at most one candidate start (the hex run before it, or itself when it opens a
 * "::"), in text order, and the pattern runs sticky from those alone.
 */
export const ipv6Detector: Detector = {
  id: 'ipv6',
  type: 'pii.ip_address',
  cues: [':'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    // End of the previous match: matches never overlap.
    let taken = 0;
    for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      // Cheap reject first: in an address a ":" is followed by a hex digit or another ":" ("key: value" is not).
      const next = text.charCodeAt(colon + 1);
      if (colon < taken || (next !== 58 && CLASS()[next] !== 2)) continue;
      let hexStart = colon;
      while (hexStart > taken && colon - hexStart <= 4 && charClass(text, hexStart - 1) === 2) hexStart--;
      // The two kinds of start exclude each other: a hex digit before the ":" is not a boundary.
      let start = -1;
      if (hexStart < colon) {
        if (colon - hexStart <= 4 && boundaryBefore(text, hexStart - 1)) start = hexStart;
      } else if (text[colon + 1] === ':' && boundaryBefore(text, colon - 1)) start = colon;
      if (start < 0) continue;
      ADDRESS.lastIndex = start;
      const match = ADDRESS.exec(text);
      if (!match) continue;
      const end = start + match[0].length;
      taken = end;
      const confidence = confidenceOf(match[0], text, start, end);
      if (confidence) findings.push(finding(this, start, end, confidence));
    }
    return findings;
  },
};
