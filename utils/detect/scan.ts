// The imports' order sets the modules' order in the guard's bundle, which gzip compresses better in this order (npm run size).
import { buildAllLazy } from './lazy';
import { forgetColumns } from './column';
import { BUILT_IN_DETECTORS } from './registry';
import { buildPrefilterIndex, type PrefilterIndex } from './prefilter';
import { resolveOverlaps } from './resolve';
import { confidenceAtLeast, type Confidence, type Detector, type Finding } from './types';
import { forgetRuns } from './matches';

/**
 * The detectors scan() runs by default: every built-in detector. The registry's list itself, under another name: a
 * constant holding it would be one more variable in the content script (4 bytes gzipped).
 */
export { BUILT_IN_DETECTORS as DEFAULT_DETECTORS };

/** Options of scan(). */
export interface ScanOptions {
  /** The detectors to run (default: every built-in detector); custom detectors from policy are appended. */
  detectors?: readonly Detector[];
  /** Drop findings below this confidence (default: keep all). */
  minConfidence?: Confidence;
}

// What scan() derives from a list of detectors, built once per list: its prefilter index, and the rank of each
// detector in it (the tie-breaker of resolveOverlaps).
const preparedCache = new WeakMap<readonly Detector[], [PrefilterIndex, (id: string) => number]>();
function prepared(detectors: readonly Detector[]): [PrefilterIndex, (id: string) => number] {
  let entry = preparedCache.get(detectors);
  if (!entry) {
    const ranks = new Map(detectors.map((d, i) => [d.id, i]));
    entry = [buildPrefilterIndex(detectors), (id) => ranks.get(id) ?? Infinity];
    preparedCache.set(detectors, entry);
  }
  return entry;
}

/**
 * Finds sensitive data in `text`, synchronously. Each detector whose prefilter keywords occur runs once;
 * overlapping candidates are resolved so one value gets one finding. Sorted by position.
 */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const detectors = options.detectors ?? BUILT_IN_DETECTORS;
  if (!text.length) return [];
  // Word processors and mail clients space numbers with no-break, figure, thin or narrow no-break spaces
  // (French typography): the detectors read them as plain spaces. One UTF-16 unit for one: offsets do not move.
  text = text.replace(/[\u202f\xa0\u2007\u2009]/g, ' ').replace(/\\n/g, ' \n');
  const found: Finding[] = [];
  // One pass over the lower-cased text finds every prefilter keyword; detectors whose keywords are all
  // absent are skipped, and those that run are told which keywords occur.
  const [index, rank] = prepared(detectors);
  const present = index.keywordsIn(text.toLowerCase());
  for (const detector of index.detectorsFor(present)) {
    for (const finding of detector.find(text, present)) {
      // Without a floor, every finding: undefined ranks -1 in CONFIDENCE_ORDER, below every confidence.
      if (confidenceAtLeast(finding.confidence, options.minConfidence as Confidence)) found.push(finding);
    }
  }
  forgetRuns();
  forgetColumns();
  return resolveOverlaps(found, rank);
}

/**
 * Builds now what the first scan() would build (tables, patterns, the prefilter) and compiles the detectors'
 * patterns on a text that holds every prefilter keyword, so that the first paste does not wait for it.
 * The content script calls it when the page is idle; scan() works without it.
 */
export function prepareEngine(): void {
  buildAllLazy();
  scan(BUILT_IN_DETECTORS.flatMap((d) => d.cues).join(' '));
}

/** Counts findings per type, in first-seen order: what events and notices report instead of values. */
export function countByType(findings: readonly Finding[]): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count }));
}
