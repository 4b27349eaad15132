import { patternDetector } from '../pattern-detector';
import { near } from './shared';

const IP_WORDS = /\b(?:ip(?:v6)?|addr|address|adresse|direcci[óo]n|host|server|serveur|servidor|gateway|dns|subnet|prefix|route|ping|ssh)\b/i;

/** True when a candidate is a well-formed IPv6 address (at most one "::", eight groups in all). */
export function ipv6Valid(value: string): boolean {
  let groups = value.split(':');
  const tail = groups[groups.length - 1];
  if (tail.includes('.')) {
    // An embedded IPv4 tail counts as two groups.
    if (!tail.split('.').every((octet) => Number(octet) <= 255 && !/^0\d/.test(octet))) return false;
    groups = [...groups.slice(0, -1), '0', '0'];
  }
  const joined = groups.join(':');
  const halves = joined.split('::');
  if (halves.length > 2) return false;
  const parts = halves.flatMap((half) => (half ? half.split(':') : []));
  if (!parts.every((part) => /^[0-9a-f]{1,4}$/i.test(part))) return false;
  return halves.length === 2 ? parts.length >= 1 && parts.length <= 7 : parts.length === 8;
}

/**
 * IPv6 addresses, full or compressed, with an optional IPv4 tail. Medium (high with network words); a
 * compressed form with fewer than three groups (::1, fe80::1, or a C++ scope such as abc::def) is low unless
 * network words are near.
 */
export const ipv6Detector = patternDetector({
  id: 'ipv6',
  type: 'pii.ip_address',
  prefilter: [':'],
  pattern: /(?<![\w:.])(?:[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}|::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?)(?::?(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![\w:]|\.\d)/gi,
  check(value, text, start, end) {
    if (!ipv6Valid(value)) return null;
    const context = near(text, start, end, IP_WORDS);
    if (value.includes('::') && value.split(/:+/).filter(Boolean).length < 3) return context ? 'medium' : 'low';
    return context ? 'high' : 'medium';
  },
});
