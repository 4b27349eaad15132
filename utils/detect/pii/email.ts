import type { Detector, Finding } from '../types';

// Bounded quantifiers everywhere: no nested unbounded repetition, so matching stays linear on any paste.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

/** E-mail addresses: a plausible local part, a dotted domain and an alphabetic TLD. */
export const emailDetector: Detector = {
  id: 'email',
  type: 'pii.email',
  prefilter: ['@'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    for (const match of text.matchAll(EMAIL)) {
      const value = match[0];
      // A local part cannot end with a dot nor hold two in a row (RFC 5322 dot-atom).
      const local = value.slice(0, value.indexOf('@'));
      if (local.endsWith('.') || local.includes('..')) continue;
      findings.push({ type: this.type, start: match.index, end: match.index + value.length, confidence: 'high', detector: this.id });
    }
    return findings;
  },
};
