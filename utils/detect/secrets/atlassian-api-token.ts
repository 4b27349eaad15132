import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Atlassian (Jira, Confluence, Bitbucket) API tokens: ATATT3 and about 180 characters with a checksum. */
export const atlassianApiTokenDetector = patternDetector({
  id: 'atlassian-api-token',
  type: 'secret.generic_api_key',
  cues: ['atatt3'],
  pattern: /(?<![\w-])ATATT3[=\w-]{150,250}(?![\w=-])/g,
  check: prefixed,
});
