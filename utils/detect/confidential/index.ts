import type { Detector } from '../types';
import { classLabelDetector } from './class-label';
import { markingDeDetector, markingEnDetector, markingEsDetector, markingFrDetector } from './markings';
import { sourceCodeDetector } from './source-code';

/** Confidentiality markings and source code (`confidential.*`, `code.*`). */
export const CONFIDENTIAL_DETECTORS: readonly Detector[] = [
  markingEnDetector,
  markingFrDetector,
  markingDeDetector,
  markingEsDetector,
  classLabelDetector,
  sourceCodeDetector,
];
