import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** npm access tokens: npm_ and 36 alphanumeric characters. */
export const npmTokenDetector = patternDetector({
  id: 'npm-token',
  type: 'secret.npm_token',
  prefilter: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
  check: prefixed,
});
