import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Linear API keys: lin_api_ and 40 alphanumeric characters. */
export const linearApiKeyDetector = patternDetector({
  id: 'linear-api-key',
  type: 'secret.generic_api_key',
  prefilter: ['lin_api_'],
  pattern: /(?<![A-Za-z0-9_])lin_api_[A-Za-z0-9]{40}(?![A-Za-z0-9_])/g,
  check: prefixed,
});
