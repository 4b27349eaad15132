import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Docker Hub personal and organization access tokens: dckr_pat_, dckr_oat_. */
export const dockerhubTokenDetector = patternDetector({
  id: 'dockerhub-token',
  type: 'secret.generic_api_key',
  cues: ['dckr_'],
  pattern: /(?<!\w)dckr_(?:pat|oat)_[\w-]{27,40}(?![\w-])/g,
  check: prefixed,
});
