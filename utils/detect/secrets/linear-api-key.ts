import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Linear API keys: lin_api_ and 40 alphanumeric characters. */
export const linearApiKeyDetector = patternDetector({
  id: 'linear-api-key',
  type: 'secret.generic_api_key',
  cues: ['lin_api_'],
  pattern: /(?<!\w)lin_api_[A-Za-z0-9]{40}(?!\w)/g,
  check: prefixed,
});
