import { patternDetector } from '../pattern-detector';
import { entropy } from './shared';

/**
 * PEM and OpenSSH private key blocks, from the BEGIN line through the END line. The body allows base64,
 * whitespace, the escaped newlines of a JSON string and encryption headers, but never two dashes in a row,
 * so it always stops at the next marker line and matching stays linear.
 */
export const privateKeyDetector = patternDetector({
  id: 'private-key',
  // Every BEGIN line holds it: the pattern decides the rest (a wider prefilter finds the same).
  cues: ['private key'],
  pattern: /-----BEGIN ((?:EC |RSA |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----(?:[A-Za-z0-9+/=\s\\:,.]|-(?!-)){0,16000}(?:-----END \1-----)?/g,
  check(value) {
    const ended = /PRIVATE KEY(?: BLOCK)?-----$/.test(value);
    const body = value.slice(value.indexOf('-----', 11) + 5, ended ? value.lastIndexOf('-----END') : undefined);
    // Header lines ("Proc-Type: 4,ENCRYPTED") are not key material; elisions and repeated characters mark an example.
    const base64 = body.split(/\\n|\r?\n/).filter((line) => !line.includes(':')).join('').replace(/\s/g, '');
    // A key is hundreds of characters; a header and a few characters is an empty template.
    if (base64.length < 64) return ended ? 'low' : null;
    if (/xxxxxxxx|\.\./i.test(base64) || entropy(base64) < 4) return 'low';
    return ended ? 'high' : 'medium';
  },
});
