import type { Detector } from '../types';
import { compileCustomDetectorsWith, type CustomDetectorError, type CustomDetectorSpec } from './compile';

export { compileCustomDetectorsWith, MAX_HASHED_WORDS, type CustomDetectorError, type CustomDetectorSpec } from './compile';
export { hashTerm, normalizeTerm } from './normalize';

/** Compiles policy-defined detectors; invalid ones are returned as errors (naming the detector and why), never thrown. */
export function compileCustomDetectors(specs: readonly CustomDetectorSpec[]): Promise<{ detectors: Detector[]; errors: CustomDetectorError[] }> {
  // A dynamic import: bundlers that split code (pages, the service worker) keep re2js in its own chunk.
  return compileCustomDetectorsWith(specs, async () => (await import('re2js')).RE2JS);
}
