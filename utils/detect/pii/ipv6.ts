import { charTable, inClass } from '../char-table';
import { matchesAt } from '../matches';
import { patternDetector } from '../pattern-detector';
import type { Confidence } from '../types';
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
  return parts.every((part) => /^[0-9a-f]{1,4}$/i.test(part)) && (halves.length === 2 ? parts.length >= 1 && parts.length <= 7 : parts.length === 8);
}

// The full address pattern, sticky: the detector tries it only where an address can start, before a ":".
const ADDRESS =
  /(?<![\w:.])(?:::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})(?::?(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d)/giy;

// Hex digits (either case), and as a second class the other characters that may not come before an address (\w, ":"
// and ".", as in the pattern's lookbehind).
const HEX = charTable(/[0-9a-f]/i, /[g-z_.:]/i);

/** Confidence of a matched address, or null when it is not a well-formed one. */
function confidenceOf(value: string, text: string, start: number, end: number): Confidence | null {
  if (!ipv6Valid(value)) return null;
  // Loopback (::1) is no one's address, as 127.0.0.1 is: low, whatever the words near.
  const context = value != '::1' && near(text, start, end, IP_WORDS);
  // So is a prefix (fe80::, 2001:db8:abcd::): a network, its host part all zero.
  if (value.endsWith('::')) return 'low';
  if (value.includes('::') && value.split(/:+/).filter(Boolean).length < 3) return context ? 'medium' : 'low';
  return context ? 'high' : 'medium';
}

/**
 * IPv6 addresses, full or compressed, with an optional IPv4 tail. Medium (high with network words); a
 * compressed form with fewer than three groups (::1, fe80::1, or a C++ scope such as abc::def) is low unless
 * network words are near; a prefix (ending in "::") is low.
 */
export const ipv6Detector = patternDetector({
  id: 'ipv6',
  type: 'pii.ip_address',
  cues: [':'],
  pattern: ADDRESS,
  // Every address starts either with "::" or with one to four hex digits right before a ":", after a boundary, and
  // that ":" is followed by a hex digit or another ":" ("key: value" is no address). So each ":" followed by a
  // character of either class gives at most one offset to try, in text order: the start of the hex digits before it
  // (at most four back: from a longer run, the character before is a hex digit), or the ":" itself, when the
  // character before it is no word character, ":" or ".". The pattern decides the rest, and a match resumes the
  // search after its end. (Testing those characters costs far less than trying the pattern.)
  finder(pattern, text) {
    const offsets: number[] = [];
    for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      if (!HEX()[text.charCodeAt(colon + 1)]) continue;
      let start = colon;
      while (colon - start < 4 && inClass(HEX, text, start - 1)) start--;
      if (!HEX()[text.charCodeAt(start - 1)]) offsets.push(start);
    }
    return matchesAt(pattern, text, offsets);
  },
  check: confidenceOf,
});
