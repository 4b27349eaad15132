import type { RE2JS } from 're2js';
import type { Confidence, Detector, Finding } from '../types';

/** The most findings one policy regex reports per text: a pattern as broad as `.` must not flood the log. */
export const MAX_REGEX_FINDINGS = 1000;

/** The re2js RE2JS class, loaded on demand and passed in, so that this module never references the package. */
export type Re2Engine = typeof RE2JS;

/**
 * Compiles an RE2-syntax pattern into a detector that runs in linear time on any input. Throws with
 * re2js's message on a syntax error or a feature RE2 lacks (backreferences, lookaround), and refuses a
 * pattern that matches the empty string, since it would match everywhere.
 */
export function regexDetector(id: string, engine: Re2Engine, pattern: string, caseInsensitive: boolean, confidence: Confidence): Detector {
  const re = engine.compile(pattern, caseInsensitive ? engine.CASE_INSENSITIVE : 0);
  if (re.testExact('')) throw new Error('the pattern matches the empty string');
  const type = `custom.${id}`;
  return {
    id,
    type,
    cues: [],
    find(text: string): Finding[] {
      const findings: Finding[] = [];
      const matcher = re.matcher(text);
      // re2js reports UTF-16 offsets for string input, the same unit as Finding.
      while (findings.length < MAX_REGEX_FINDINGS && matcher.find()) {
        const start = matcher.start();
        const end = matcher.end();
        if (end > start) findings.push({ type, start, end, confidence, detector: id });
      }
      return findings;
    },
  };
}
