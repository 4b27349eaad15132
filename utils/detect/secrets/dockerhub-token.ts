import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Docker Hub personal and organization access tokens: dckr_pat_, dckr_oat_. */
export const dockerhubTokenDetector = patternDetector({
  id: 'dockerhub-token',
  type: 'secret.generic_api_key',
  prefilter: ['dckr_'],
  pattern: /(?<![A-Za-z0-9_])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])/g,
  check: prefixed,
});
