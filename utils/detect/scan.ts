import { BUILT_IN_DETECTORS } from './registry';
import { resolveOverlaps } from './resolve';
import { confidenceAtLeast, type Confidence, type Detector, type Finding } from './types';

/** The detectors scan() runs by default: every built-in detector. */
export const DEFAULT_DETECTORS: readonly Detector[] = BUILT_IN_DETECTORS;

/** Options of scan(). */
export interface ScanOptions {
  /** The detectors to run (default: every built-in detector); custom detectors from policy are appended. */
  detectors?: readonly Detector[];
  /** Drop findings below this confidence (default: keep all). */
  minConfidence?: Confidence;
}

const rankCache = new WeakMap<readonly Detector[], Map<string, number>>();
function rankOf(detectors: readonly Detector[]): (id: string) => number {
  let ranks = rankCache.get(detectors);
  if (!ranks) {
    ranks = new Map(detectors.map((d, i) => [d.id, i]));
    rankCache.set(detectors, ranks);
  }
  const table = ranks;
  return (id) => table.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Finds sensitive data in `text`, synchronously. Each detector whose prefilter keywords occur runs once;
 * overlapping candidates are resolved so one value gets one finding. Sorted by position.
 */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const detectors = options.detectors ?? DEFAULT_DETECTORS;
  if (text.length === 0) return [];
  // Lower-casing once serves every detector's prefilter.
  const lower = text.toLowerCase();
  const found: Finding[] = [];
  for (const detector of detectors) {
    if (detector.prefilter.length > 0 && !detector.prefilter.some((keyword) => lower.includes(keyword))) continue;
    for (const finding of detector.find(text)) {
      if (!options.minConfidence || confidenceAtLeast(finding.confidence, options.minConfidence)) found.push(finding);
    }
  }
  return resolveOverlaps(found, rankOf(detectors));
}

/** Counts findings per type, in first-seen order: what events and notices report instead of values. */
export function countByType(findings: readonly Finding[]): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count }));
}
