import { CONFIDENCE_ORDER, isRegionType, type Finding } from './types';

/**
 * Resolves overlapping value findings so that one value gets one finding: the most confident wins, then
 * the longest, then the detector listed first (`rank`). Non-overlapping findings are all kept; region
 * findings (see isRegionType) never compete. Returns findings sorted by position.
 */
export function resolveOverlaps(findings: readonly Finding[], rank: (detector: string) => number): Finding[] {
  const regions = findings.filter((f) => isRegionType(f.type));
  const values = findings
    .filter((f) => !isRegionType(f.type))
    .sort(
      (a, b) =>
        CONFIDENCE_ORDER.indexOf(b.confidence) - CONFIDENCE_ORDER.indexOf(a.confidence) ||
        b.end - b.start - (a.end - a.start) ||
        rank(a.detector) - rank(b.detector) ||
        a.start - b.start,
    );
  // Kept spans, sorted by start and disjoint, so one binary search tells whether a candidate overlaps.
  const kept: Finding[] = [];
  for (const candidate of values) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (kept[mid].start < candidate.start) low = mid + 1;
      else high = mid;
    }
    const previous = kept[low - 1];
    const next = kept[low];
    if ((previous && previous.end > candidate.start) || (next && next.start < candidate.end)) continue;
    kept.splice(low, 0, candidate);
  }
  return [...kept, ...regions].sort((a, b) => a.start - b.start || b.end - a.end);
}
