import type { Confidence, Detector, Finding } from '../types';
import { tokenize } from './normalize';

/**
 * A detector that looks up every run of 1..maxWords consecutive words of the text (words joined only by
 * whitespace or joining punctuation) with `has`, and reports the longest run found at each position.
 * `prefixes`, when given, holds every word-prefix of the terms and stops a run early when nothing can
 * extend it, which keeps a 10,000-term dictionary as cheap as a short list.
 */
export function ngramDetector(
  id: string,
  maxWords: number,
  has: (key: string) => boolean,
  confidence: Confidence,
  prefixes?: ReadonlySet<string>,
): Detector {
  const type = `custom.${id}`;
  return {
    id,
    type,
    // Accents and case are folded before matching, so no raw substring can gate the detector.
    cues: [],
    find(text: string): Finding[] {
      const tokens = tokenize(text);
      const findings: Finding[] = [];
      for (let i = 0; i < tokens.length; ) {
        let key = '';
        let best = 0;
        for (let j = i; j < tokens.length && j - i < maxWords; j++) {
          if (j > i && !tokens[j].linked) break;
          key = j === i ? tokens[j].norm : `${key} ${tokens[j].norm}`;
          if (prefixes && !prefixes.has(key)) break;
          if (has(key)) best = j - i + 1;
        }
        if (best === 0) {
          i++;
          continue;
        }
        findings.push({ type, start: tokens[i].start, end: tokens[i + best - 1].end, confidence, detector: id });
        i += best;
      }
      return findings;
    },
  };
}

/** A detector for a plain list of terms (keywords or a large dictionary), already normalized and non-empty. */
export function termsDetector(id: string, terms: readonly string[], confidence: Confidence): Detector {
  const set = new Set(terms);
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const term of terms) {
    const words = term.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return ngramDetector(id, maxWords, (key) => set.has(key), confidence, prefixes);
}
