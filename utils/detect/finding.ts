import type { Confidence, Finding } from './types';

/** A finding of `type` over [start, end) of the text, reported by the detector `detector`. */
export function finding(type: string, start: number, end: number, confidence: Confidence, detector: string): Finding {
  return { type, start, end, confidence, detector };
}
