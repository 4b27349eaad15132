import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** AWS access key ids: AKIA (long-term), ASIA (session), ABIA, ACCA and 16 base32 characters. */
export const awsAccessKeyIdDetector = patternDetector({
  id: 'aws-access-key-id',
  cues: ['acca', 'akia', 'abia', 'asia'],
  pattern: /(?<![A-Za-z0-9])A(?:KIA|BIA|SIA|CCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
  // The documentation's AKIAIOSFODNN7EXAMPLE stays low.
  check: prefixed,
});
