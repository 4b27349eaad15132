import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Hugging Face access tokens: hf_ and 34 or more letters of both cases, maybe with digits (as TruffleHog reads them). */
export const huggingfaceTokenDetector = patternDetector({
  id: 'huggingface-token',
  cues: ['hf_'],
  pattern: /(?<!\w)hf_[A-Za-z\d]{34,40}(?!\w)/g,
  // A one-case run of letters is a made-up name, not a generated token.
  check: (value) => (/[a-z]/.test(value.slice(3)) && /[A-Z]/.test(value) ? prefixed(value) : 'low'),
});
