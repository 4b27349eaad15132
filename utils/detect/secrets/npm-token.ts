import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** npm access tokens: npm_ and 36 alphanumeric characters. */
export const npmTokenDetector = patternDetector({
  id: 'npm-token',
  cues: ['npm_'],
  pattern: /(?<!\w)npm_[A-Za-z0-9]{36}(?!\w)/g,
  check: prefixed,
});
