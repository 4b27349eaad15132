import { charTable } from '../char-table';
import type { Detector, Finding } from '../types';

// The domain after the "@": bounded quantifiers everywhere, so matching stays linear on any paste. It runs
// sticky from each "@" only, instead of the whole address being tried at every alphanumeric position.
const DOMAIN = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;

/** Longest local part: one alphanumeric character and up to 63 more local-part characters. */
const MAX_LOCAL = 64;

// Character classes by code: 1 for the characters a local part may hold (A-Z a-z 0-9 . _ % + -), 2 for the
// alphanumerics among them, which alone may start it.
const LOCAL = charTable(/[._%+-]/, /[A-Za-z0-9]/);

/** Local-part class of the character at `index` (0 for any other character or outside the text). */
function localClass(text: string, index: number): number {
  return LOCAL()[text.charCodeAt(index)] ?? 0;
}

/**
 * E-mail addresses: a plausible local part, a dotted domain and an alphabetic TLD. The local part is the
 * whole run of local-part characters before an "@" (an address never starts inside a longer run), so each
 * "@" has a single candidate start, found by walking left at most 65 characters.
 */
export const emailDetector: Detector = {
  id: 'email',
  type: 'pii.email',
  prefilter: ['@'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    // End of the previous address: matches never overlap, and the next one starts after it.
    let taken = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > taken && at - start <= MAX_LOCAL && localClass(text, start - 1)) start--;
      // The run must begin at or after the previous address, hold 1 to 64 characters, and begin alphanumeric.
      if (start === at || at - start > MAX_LOCAL || localClass(text, start) !== 2) continue;
      if (start === taken && taken > 0 && localClass(text, start - 1)) continue;
      DOMAIN.lastIndex = at + 1;
      if (!DOMAIN.test(text)) continue;
      const end = DOMAIN.lastIndex;
      taken = end;
      // A local part cannot end with a dot nor hold two in a row (RFC 5322 dot-atom).
      const local = text.slice(start, at);
      if (local.endsWith('.') || local.includes('..')) continue;
      findings.push({ type: this.type, start, end, confidence: 'high', detector: this.id });
    }
    return findings;
  },
};
