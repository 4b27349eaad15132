import type { Detector } from '../types';
import { creditCardDetector } from './credit-card';
import { emailDetector } from './email';

/** Personal-data detectors (`pii.*`). */
export const PII_DETECTORS: readonly Detector[] = [emailDetector, creditCardDetector];
