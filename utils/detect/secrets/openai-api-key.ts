import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { looksFake } from './shared';

// Every OpenAI key embeds "T3BlbkFJ", the base64 of "OpenAI"; Anthropic (sk-ant-) and Stripe (sk_) keys cannot match.
const MARKER = 'T3BlbkFJ';

/**
 * OpenAI API keys: project, service-account and admin keys (sk-proj-, sk-svcacct-, sk-admin-) and legacy sk- keys, 48
 * letters and digits (their marker in the middle; without it, as many write such keys in examples and tests, medium).
 */
export const openaiApiKeyDetector = patternDetector({
  id: 'openai-api-key',
  cues: ['sk-'],
  pattern: /(?<![\w-])sk-(?:(?:proj|svcacct|admin)-[\w-]{40,300}|[A-Za-z0-9]{48})(?![\w-])/gy,
  // Found by "k-", one character in: indexOf skips to a rare 'k' far faster than to a common 's'.
  finder: nearLiteral('k-', 1),
  // The prefix alone is strong (medium); the marker makes it certain.
  check: (value) => (looksFake(value) ? 'low' : value.includes(MARKER) ? 'high' : 'medium'),
});
