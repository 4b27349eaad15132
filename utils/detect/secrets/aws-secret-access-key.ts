import { charTable, inClass } from '../char-table';
import { contextBefore, contextNear, textBefore } from '../context';
import { finding } from '../finding';
import type { Confidence, Detector, Finding } from '../types';
import { entropy, looksFake } from './shared';

// AWS's own names for the secret (dotted in Java properties: app.aws.secret.access.key). A bare SECRET_KEY= or
// API_KEY= is any vendor's secret: it counts as AWS only with "aws" nearby, and is otherwise left to the generic
// API key detector.
// The same separator ('_', ' ', '-' or none) between the three words of the first: secret_access_key, secret access key...
const KEYWORDS = /secret([_ -]?)access\1key|aws[_ .]secret/;
const GENERIC_KEYWORDS = /secret[_ ]?key/;
const KEY_ID = /A(?:KIA|SIA)[A-Z2-7]{16}/;

// The secret is a run of exactly 40 of these characters, not followed by '=' (a longer base64 value).
const KEY_CHAR = charTable(/[A-Za-z0-9+/]/);
const LENGTH = 40;

/** Confidence of a 40-character value at [start, end) of `text`, or null when nothing ties it to AWS. */
function check(value: string, text: string, start: number, end: number): Confidence | null {
  // Generated keys mix cases and digits with high entropy; hex digests and identifiers do not. A part between two dots
  // is a token's segment (a JSON Web Token's payload).
  if (text[start - 1] + text[end] == '..' || !/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[\d/+]/.test(value) || entropy(value) < 4) return null;
  // A value assigned to a key of another name (API_KEY=, DEPLOY_TOKEN:) is that key's secret, even in a file that also
  // holds AWS credentials; a label in words is read whole ("Secret access key:" below a key id is AWS's, "Mapbox key:" is
  // not). Not a key-value store's "value" field (Consul's {"key": ".../aws_secret_access_key", "flags": 0, "value":
  // "..."}) nor an .env file's name ("AWS_SECRET_ACCESS_KEY in config/ci.env: ..."), which name no secret.
  // Other dotted names are keys (a Kubernetes Secret's ca.crt: ...). A secret named for another use (JWT_SECRET=) beside
  // a key id is left as AWS's: S3 and SES clients name theirs S3_SECRET=, SES_SECRET=, fs.s3a.secret.key=.
  // The key is read over a string type given to it (TypeScript's const AWS_SECRET_ACCESS_KEY: string = "...", Rust's
  // &str), not over a chat's "olivia: AWS_SECRET_ACCESS_KEY = ...".
  const assignedTo = /([A-Za-z_][ \w.-]*)["']?(?:: ?&?[Ss]tr(?:ing)? )?\s*[:=]\s*["']?$/.exec(textBefore(text, start, 48))?.[1];
  // The words in the order gzip codes best: test() finds the same in any order.
  if (assignedTo && !/(?:^|\.)env$|secret|^value$|aws/i.test(assignedTo)) return null;
  // "aws" within 200 characters: a key's type in a Terraform state ("type": "aws_iam_access_key") is that far.
  const aws = contextNear(text, start, end, /aws/, 200);
  // A value of a key named for a secret (SECRET_KEY=) counts as AWS's with "aws" near, and that of a Terraform state's
  // "secret" attribute with "aws" further (JWT_SECRET= or CLIENT_SECRET= in an .env file with AWS_REGION= is
  // another's).
  const keyword = contextBefore(text, start, KEYWORDS) || (contextBefore(text, start, GENERIC_KEYWORDS) && contextNear(text, start, end, /aws/)) || (assignedTo === 'secret' && aws);
  const keyId = KEY_ID.test(text.slice(Math.max(0, start - 200), end + 200));
  if (looksFake(value)) return keyword || keyId ? 'low' : null;
  if (keyword && keyId) return 'high';
  if (keyword || keyId) return 'medium';
  return aws ? 'low' : null;
}

// check() returns null unless one of these lies within 200 characters of the value: "aws" (in either case),
// a keyword ending in "access key" (in either case, with '_', ' ', '-' or nothing between the words), or a key
// id (AKIA..., ASIA...). Their letters 'w', 'k' and "ASIA" are rare in text, so indexOf finds them quickly;
// KELVIN is the Kelvin sign, which lower-cases to 'k' in the context words.
const KELVIN = '\u212a';

/** True when the 'w' at `i` is the middle of "aws" (in either case). */
function awsAround(text: string, i: number): boolean {
  return /^aws$/i.test(text.slice(i - 1, i + 2));
}

/** True when the 'k' at `i` starts the "key" of "access key" or is the 'K' of a key id "AKIA". */
function keyAt(text: string, i: number): boolean {
  return /access[_ -]?$/i.test(textBefore(text, i, 7)) || text.startsWith('AKIA', i - 1);
}

/** Offsets of the words that can tie a value to AWS (see above), in text order. */
function anchors(text: string): number[] {
  const found: number[] = [];
  // Each occurrence of `needle` that `holds` accepts.
  const add = (needle: string, holds: (text: string, i: number) => boolean) => {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) if (holds(text, i)) found.push(i);
  };
  add('w', awsAround);
  add('W', awsAround);
  add('k', keyAt);
  add('K', keyAt);
  add(KELVIN, keyAt);
  add('ASIA', () => true);
  return found.sort((a, b) => a - b);
}

// Values are looked for with their first character between this many characters before an anchor and this
// many after it: a key id, keyword or "aws" further away cannot be within check()'s windows (64 and 200
// characters, with margins for the anchor's place inside its word).
const REACH_BEFORE = 240;
const REACH_AFTER = 220;

/** AWS secret access keys: 40 base64 characters, only next to an AWS key id or a secret-key keyword. */
export const awsSecretAccessKeyDetector: Detector = {
  id: 'aws-secret-access-key',
  type: 'secret.aws_secret_access_key',
  cues: ['secret', 'akia', 'asia'],
  find(text: string): Finding[] {
    const findings: Finding[] = [];
    // Offsets before `done` have been scanned.
    let done = 0;
    for (const anchor of anchors(text)) {
      let i = Math.max(done, anchor - REACH_BEFORE);
      const last = Math.min(text.length - 1, anchor + REACH_AFTER);
      // A run that started before the window was scanned with an earlier window, or lies out of reach.
      while (i <= last && inClass(KEY_CHAR, text, i - 1) && inClass(KEY_CHAR, text, i)) i++;
      while (i <= last) {
        if (!inClass(KEY_CHAR, text, i)) {
          i++;
          continue;
        }
        let end = i + 1;
        while (inClass(KEY_CHAR, text, end)) end++;
        if (end - i === LENGTH && text.charCodeAt(end) !== 0x3d) {
          const confidence = check(text.slice(i, end), text, i, end);
          if (confidence) findings.push(finding(this, i, end, confidence));
        }
        i = end;
      }
      done = Math.max(done, i);
    }
    return findings;
  },
};
