import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Atlassian (Jira, Confluence, Bitbucket) API tokens: ATATT3 and about 180 characters with a checksum. */
export const atlassianApiTokenDetector = patternDetector({
  id: 'atlassian-api-token',
  type: 'secret.generic_api_key',
  prefilter: ['atatt3'],
  pattern: /(?<![A-Za-z0-9_-])ATATT3[A-Za-z0-9_=-]{150,250}(?![A-Za-z0-9_=-])/g,
  check: prefixed,
});
