import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Databricks personal access tokens: dapi and 32 hex digits, with an optional -N suffix. */
export const databricksTokenDetector = patternDetector({
  id: 'databricks-token',
  type: 'secret.generic_api_key',
  cues: ['dapi'],
  pattern: /(?<!\w)dapi[0-9a-f]{32}(?:-\d)?(?![\w-])/g,
  check: prefixed,
});
