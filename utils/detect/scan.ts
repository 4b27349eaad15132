import { creditCardDetector } from './credit-card';
import { emailDetector } from './email';
import type { Detector, Finding } from './types';

/** The detectors scan() runs by default. The detection-engine issue extends this list. */
export const DEFAULT_DETECTORS: readonly Detector[] = [emailDetector, creditCardDetector];

/** Options of scan(). */
export interface ScanOptions {
  detectors?: readonly Detector[];
}

/** Finds sensitive data in `text`, synchronously; findings are sorted by position. */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const detectors = options.detectors ?? DEFAULT_DETECTORS;
  if (text.length === 0) return [];
  // Lower-casing once serves every detector's prefilter.
  const lower = detectors.some((d) => d.prefilter.length > 0) ? text.toLowerCase() : text;
  const findings: Finding[] = [];
  for (const detector of detectors) {
    if (detector.prefilter.length > 0 && !detector.prefilter.some((keyword) => lower.includes(keyword))) continue;
    findings.push(...detector.find(text));
  }
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Counts findings per type, in first-seen order: what events and notices report instead of values. */
export function countByType(findings: readonly Finding[]): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count }));
}
