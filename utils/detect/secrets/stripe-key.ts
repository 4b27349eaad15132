import { nearLiteral } from '../matches';
import { patternDetector } from '../pattern-detector';
import { prefixed } from './shared';

/** Stripe secret and restricted keys: live keys high, test keys (sk_test_, rk_test_) low. */
export const stripeKeyDetector = patternDetector({
  id: 'stripe-key',
  // The literal its search looks for: the pattern decides the rest (a wider prefilter finds the same).
  cues: ['k_'],
  pattern: /(?<!\w)[rs]k_(?:live|test)_[A-Za-z0-9]{20,247}(?!\w)/gy,
  finder: nearLiteral('k_', 1),
  // Test keys reach only Stripe's sandbox: looksFake (through prefixed) takes "_test_" for a made-up value, so
  // they are low.
  check: prefixed,
});
