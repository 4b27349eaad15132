import type { Confidence, Detector, Finding } from './types';

/** A finding of the detector's type over [start, end) of the text, reported by the detector (its id). */
export function finding(detector: Pick<Detector, 'type' | 'id'>, start: number, end: number, confidence: Confidence): Finding {
  return { type: detector.type, start, end, confidence, detector: detector.id };
}
