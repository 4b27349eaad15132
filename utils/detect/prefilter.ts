import type { Detector } from './types';

/** For a list of detectors: one pass over a text tells which detectors can possibly match it. */
export interface PrefilterIndex {
  /** The detectors worth running on `lower` (the lower-cased text), in list order. */
  select(lower: string): Detector[];
}

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds the index. Checking each keyword with its own `includes()` costs one pass over the text per
 * keyword (over a hundred); this finds every keyword in one pass instead. The lookahead lets occurrences
 * overlap; a keyword that only occurs inside a longer one found at the same position (sk- in sk-ant-) is
 * present because its container is.
 */
export function buildPrefilterIndex(detectors: readonly Detector[]): PrefilterIndex {
  const keywords = [...new Set(detectors.flatMap((d) => d.prefilter))].sort((a, b) => b.length - a.length);
  const pattern = keywords.length > 0 ? new RegExp(`(?=(${keywords.map(escape).join('|')}))`, 'g') : undefined;
  // For each keyword, the keywords it contains (itself included): finding it proves them all present.
  const implied = new Map(keywords.map((k) => [k, keywords.filter((other) => k.includes(other))]));
  return {
    select(lower) {
      const present = new Set<string>();
      if (pattern) {
        for (const match of lower.matchAll(pattern)) {
          const found = match[1];
          if (present.has(found)) continue;
          for (const k of implied.get(found) ?? [found]) present.add(k);
          if (present.size === keywords.length) break;
        }
      }
      return detectors.filter((d) => d.prefilter.length === 0 || d.prefilter.some((k) => present.has(k)));
    },
  };
}
