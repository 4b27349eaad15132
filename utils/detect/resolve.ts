import { CONFIDENCE_ORDER, REGION_TYPES, type Finding } from './types';

/**
 * Resolves overlapping value findings so that one value gets one finding: the most confident wins, then
 * the longest, then the detector listed first (`rank`). Non-overlapping findings are all kept; region
 * findings (see isRegionType) never compete, and a secret inside URL credentials is kept with them: a token
 * given as the password of a URL (https://oauth2:glpat-...@gitlab.com) is two values, the URL's credentials and
 * a token that works anywhere.
 * Returns findings sorted by position.
 */
export function resolveOverlaps(findings: readonly Finding[], rank: (detector: string) => number): Finding[] {
  const regions: Finding[] = [];
  const values: Finding[] = [];
  // Region findings: isRegionType(), written out.
  for (const f of findings) (f.type.startsWith(REGION_TYPES) ? regions : values).push(f);
  const priority = (a: Finding, b: Finding): number =>
    CONFIDENCE_ORDER.indexOf(b.confidence) - CONFIDENCE_ORDER.indexOf(a.confidence) || b.end - b.start - (a.end - a.start) || rank(a.detector) - rank(b.detector) || a.start - b.start;
  // Sorted by position (detectors report in order, so the sort merges sorted runs), values fall into
  // clusters of chained overlaps. Only values of one cluster compete, so each cluster is resolved on its own,
  // and a value alone in its cluster (nearly every one) is kept without further work.
  values.sort((a, b) => a.start - b.start || priority(a, b));
  const kept: Finding[] = [];
  for (let i = 0, j = 1; i < values.length; i = j++) {
    const from = values[i].start;
    let end = values[i].end;
    for (; j < values.length && values[j].start < end; j++) end = Math.max(end, values[j].end);
    if (j === i + 1) {
      kept.push(values[i]);
      continue;
    }
    // The most confident, longest, first-ranked value is kept first, each next one only where it overlaps
    // none kept so far. One byte per character of the cluster marks the kept spans: checking a candidate
    // costs its own length, so even a cluster of thousands stays linear. URL credentials mark theirs 2, which
    // a secret may take too.
    const taken = new Uint8Array(end - from);
    for (const candidate of values.slice(i, j).sort(priority)) {
      const nested = candidate.type.startsWith('secret.') ? 2 : 0;
      let free = true;
      for (let k = candidate.start - from; k < candidate.end - from && free; k++) free = taken[k] === 0 || taken[k] === nested;
      if (!free) continue;
      taken.fill(candidate.type === 'secret.url_credentials' ? 2 : 1, candidate.start - from, candidate.end - from);
      kept.push(candidate);
    }
  }
  return [...kept, ...regions].sort((a, b) => a.start - b.start || b.end - a.end);
}
