// The imports' order sets the modules' order in the guard's bundle, which gzip compresses better in this order
// (npm run size); the detectors' priority is the array's order below.
import { PII_DETECTORS } from './pii';
import { CONFIDENTIAL_DETECTORS } from './confidential';
import { SECRET_DETECTORS } from './secrets';
import type { Detector } from './types';

/**
 * Every built-in detector. Order is the tie-breaker when two findings of equal confidence and length
 * overlap: secrets first (a token is a token even if it also looks like a number), then personal data.
 */
export const BUILT_IN_DETECTORS: readonly Detector[] = [...SECRET_DETECTORS, ...PII_DETECTORS, ...CONFIDENTIAL_DETECTORS];
