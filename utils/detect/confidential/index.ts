import type { Detector } from '../types';

/** Confidentiality markings and source code (`confidential.*`, `code.*`). */
export const CONFIDENTIAL_DETECTORS: readonly Detector[] = [];
