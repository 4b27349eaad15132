import { contextBefore, contextNear } from '../context';
import { patternDetector } from '../pattern-detector';
import { entropy, looksFake } from './shared';

// AWS's own names for the secret. A bare SECRET_KEY= or API_KEY= is any vendor's secret: it counts as
// AWS only with "aws" nearby, and is otherwise left to the generic API key detector.
const KEYWORDS = ['secret_access_key', 'secretaccesskey', 'secret access key', 'secret-access-key', 'aws_secret', 'aws secret'];
const GENERIC_KEYWORDS = ['secret_key', 'secret key', 'secretkey'];
const KEY_ID = /A(?:KIA|SIA)[A-Z2-7]{16}/;

/** AWS secret access keys: 40 base64 characters, only next to an AWS key id or a secret-key keyword. */
export const awsSecretAccessKeyDetector = patternDetector({
  id: 'aws-secret-access-key',
  type: 'secret.aws_secret_access_key',
  prefilter: ['secret', 'akia', 'asia'],
  pattern: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
  check(value, text, start, end) {
    // Generated keys mix cases and digits with high entropy; hex digests and identifiers do not.
    if (!/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[\d/+]/.test(value) || entropy(value) < 4) return null;
    // A value assigned to a key of another name (API_KEY=, DEPLOY_TOKEN:) is that key's secret, even in a
    // file that also holds AWS credentials.
    const assignedTo = /([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?$/.exec(text.slice(Math.max(0, start - 48), start))?.[1];
    if (assignedTo && !/aws|secret/i.test(assignedTo)) return null;
    const keyword = contextBefore(text, start, KEYWORDS) || (contextBefore(text, start, GENERIC_KEYWORDS) && contextNear(text, start, end, ['aws']));
    const keyId = KEY_ID.test(text.slice(Math.max(0, start - 200), end + 200));
    if (looksFake(value)) return keyword || keyId ? 'low' : null;
    if (keyword && keyId) return 'high';
    if (keyword || keyId) return 'medium';
    return contextNear(text, start, end, ['aws']) ? 'low' : null;
  },
});
