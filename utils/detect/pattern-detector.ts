import { finding } from './finding';
import { allMatches, type Search } from './matches';
import type { Confidence, Detector, Finding } from './types';

/** A detector described as data: a pattern, an optional capture group, and an optional check. */
export interface PatternSpec {
  id: string;
  /**
   * The finding type. Left out, it is the id's, in snake case under `secret.` (github-token finds secret.github_token):
   * most pattern detectors find a vendor's secret and are named after its type, which then is not written twice
   * (41 bytes gzipped of the content script).
   */
  type?: string;
  /** The prefilter keywords: lower-case substrings of which one must occur for the pattern to be tried (none or empty: always). */
  cues?: readonly string[];
  /**
   * The pattern, with the `g` flag. It must run in linear time: bounded repetitions, no nested
   * unbounded quantifiers, boundaries by lookarounds.
   */
  pattern: RegExp;
  /**
   * How to find the matches (default: allMatches): matchesInRuns for number-like values, or nearLiteral for
   * values that hold a fixed literal (the pattern then also needs the `y` flag). See matches.ts.
   */
  finder?: Search;
  /**
   * Report only this capture group (its offsets come from the `d` flag, which the pattern must then have). Not 0, and
   * the group must take part in every match: find() reads its offsets without checking they are there (7 bytes).
   */
  group?: number;
  /**
   * Validates a match: returns its confidence, or null to drop it. Receives the reported value, the whole
   * text and the value's offsets, for checksums and context words. Every detector has one (a vendor's key at least
   * tells a documentation example from a key: prefixed() in secrets/shared.ts), so none is optional: the content
   * script carries no default.
   */
  check: (value: string, text: string, start: number, end: number) => Confidence | null;
}

/**
 * Builds a Detector from a PatternSpec. An arrow: terser writes a function as an arrow only if nothing inside it reads
 * `this`, even find(), whose `this` is its own (5 bytes gzipped).
 */
export const patternDetector = (spec: PatternSpec): Detector => {
  // A pattern needs the g flag, and the d flag when a group is reported: checked in development and tests only.
  if (import.meta.env?.DEV && (!spec.pattern.global || (spec.group !== undefined && !spec.pattern.hasIndices))) throw new Error(`detector ${spec.id}: flags`);
  // The spec's id, type (the id's by default) and cues (none by default) make the detector (its other fields come along, unused).
  return {
    cues: [],
    type: `secret.${spec.id.replaceAll('-', '_')}`,
    ...spec,
    find(text: string): Finding[] {
      const findings: Finding[] = [];
      for (const match of (spec.finder ?? allMatches)(spec.pattern, text)) {
        let start = match.index;
        let value = match[0];
        if (spec.group) {
          start = match.indices![spec.group][0];
          value = match[spec.group];
        }
        const end = start + value.length;
        const confidence = spec.check(value, text, start, end);
        // The detector is `this` (scan() calls find on it), which has the type, given or derived.
        if (confidence) findings.push(finding(this, start, end, confidence));
      }
      return findings;
    },
  };
};
