import { patternDetector } from '../pattern-detector';
import { looksFake } from './shared';

/** Anthropic API keys: sk-ant-api03-..., sk-ant-admin01-... and other sk-ant- kinds. */
export const anthropicApiKeyDetector = patternDetector({
  id: 'anthropic-api-key',
  cues: ['sk-ant-'],
  pattern: /(?<![\w-])sk-ant-(?:api|sid|admin|ort|oat)\d\d-[\w-]{20,200}(?![\w-])/g,
  // Full-length keys (about 95 characters after the kind) are certain; shorter ones may be truncated or made up.
  check: (value) => (looksFake(value) ? 'low' : value.length < 90 ? 'medium' : 'high'),
});
