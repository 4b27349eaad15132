import { contextBefore, contextNear } from '../context';
import { patternDetector } from '../pattern-detector';
import { entropy, looksFake } from './shared';

const KEYWORDS = ['secret_access_key', 'secretaccesskey', 'secret access key', 'secret-access-key', 'aws_secret', 'aws secret', 'secret_key', 'secret key', 'secretkey'];
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
    const keyword = contextBefore(text, start, KEYWORDS);
    const keyId = KEY_ID.test(text.slice(Math.max(0, start - 200), end + 200));
    if (looksFake(value)) return keyword || keyId ? 'low' : null;
    if (keyword && keyId) return 'high';
    if (keyword || keyId) return 'medium';
    return contextNear(text, start, end, ['aws']) ? 'low' : null;
  },
});
