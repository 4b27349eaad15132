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
  // One byte per character of the text, set where a kept finding lies: checking a candidate costs its own
  // length, so resolving thousands of findings stays linear (a sorted list with insertions was quadratic).
  const size = values.reduce((max, f) => Math.max(max, f.end), 0);
  const taken = new Uint8Array(size);
  const kept: Finding[] = [];
  for (const candidate of values) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return [...kept, ...regions].sort((a, b) => a.start - b.start || b.end - a.end);
}
