import { patternDetector } from '../pattern-detector';
import { charClasses, prefixed } from './shared';

/** HashiCorp Vault service, batch and recovery tokens: hvs., hvb., hvr. and a random part. */
export const vaultTokenDetector = patternDetector({
  id: 'vault-token',
  type: 'secret.generic_api_key',
  // The prefix the three share: the pattern decides which follow (a wider prefilter finds the same).
  cues: ['hv'],
  pattern: /(?<![\w.-])hv[sbr]\.[\w-]{24,400}(?![\w-])/g,
  // The random part mixes cases and digits; "hvs.something_readable" does not.
  check: (value) => (charClasses(value.slice(4)) >= 3 ? prefixed(value) : 'low'),
});
