import type { Detector, Finding } from '../types';
import { looksGenerated } from './shared';

// A key name holding a secret word, a separator (=, :, :=, =>) and a token-like value of 20 to 300 characters.
// The key is matched from its first character; the words in it are checked in code. The value takes '=' only as
// final base64 padding, so "token=atoken=a..." cannot make every key start rescan the same long value.
const ASSIGNMENT =
  /(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{0,30}?(?:key|secret|token|auth|bearer|credential)[A-Za-z0-9_.-]{0,30}?)["'`]?[ \t]{0,3}(?::=|=>|[:=])[ \t]{0,3}["'`]?([A-Za-z0-9_\-+/.~]{20,300}={0,2})(?![A-Za-z0-9_\-+/=.~])/dgi;
// Words of the key name (snake_case, camelCase, kebab-case and dotted names all split to words joined by _).
const SECRET_NAME =
  /(?:^|_)(?:api_?key|apikey|api_?secret|secrets?(?:_?key)?|token|auth|bearer|credentials?|access_?key|private_?token|(?:app|master|signing|encryption|license|subscription|client)_?(?:key|secret))(?:_|$)/;
// Keys about a secret rather than holding one: its id, type, name, address, lifetime or size.
const NOT_SECRET = /(?:^|_)(?:id|type|name|url|uri|endpoint|path|file|expires?|expiry|length|count|public|limit|header|prefix|format|size|max|min|ttl|version|timeout)(?:_|$)/;

/** Generic secrets: a key such as api_key, secret, token, access_token, client_secret or auth assigned a high-entropy value. */
export const genericApiKeyDetector: Detector = {
  id: 'generic-api-key',
  type: 'secret.generic_api_key',
  prefilter: ['key', 'secret', 'token', 'auth', 'bearer', 'credential'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    for (const match of text.matchAll(ASSIGNMENT)) {
      const words = match[1].replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_');
      if (!SECRET_NAME.test(words) || NOT_SECRET.test(words)) continue;
      // A sentence can end right after the value; the final dot is not part of it.
      const value = match[2].replace(/\.+$/, '');
      if (value.length < 20 || !looksGenerated(value)) continue;
      const start = match.indices![2][0];
      findings.push({ type: this.type, start, end: start + value.length, confidence: 'medium', detector: this.id });
    }
    return findings;
  },
};
