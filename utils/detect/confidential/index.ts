// The imports' order sets the modules' order in the guard's bundle, which gzip compresses better in this order
// (npm run size); the detectors' priority is the array's order below.
import type { Detector } from '../types';
import { classLabelDetector } from './class-label';
import { sourceCodeDetector } from './source-code';
import { markingDeDetector, markingEnDetector, markingEsDetector, markingFrDetector } from './markings';

/** Confidentiality markings and source code (`confidential.*`, `code.*`). */
export const CONFIDENTIAL_DETECTORS: readonly Detector[] = [
  markingEnDetector,
  markingFrDetector,
  markingDeDetector,
  markingEsDetector,
  classLabelDetector,
  sourceCodeDetector,
];
