import { describe, expect, it } from 'vitest';
import type { Confidence, Detector } from '../../../../utils/detect/types';

// Every token in the secret tests comes from this generator: random characters of the right alphabet and
// length, from a fixed seed so runs are repeatable. None of them is, or was ever, a real credential.
let state = 0x2f6b_91c3;

/** A deterministic pseudo-random string of `length` characters taken from `alphabet`. */
export function rand(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: plenty for test data, and stable across platforms.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += alphabet[(state >>> 0) % alphabet.length];
  }
  return out;
}

export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ALNUM = LETTERS + DIGITS;
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';

/** Base64url of a string, as in JWTs. */
export function b64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** About 200 KB of `run` repeated, then a space and `tail`: the worst input for a pattern starting with `run`. */
export function flood(run: string, tail = ''): string {
  return `${run.repeat(Math.ceil(200_000 / run.length))} ${tail}`;
}

/** A value the detector must report: [case name, text, the reported value, its confidence]. */
export type Valid = [name: string, text: string, value: string, confidence: Confidence];
/** A text in which the detector must report nothing at medium or high: [case name, text]. */
export type Invalid = [name: string, text: string];
/** A large adversarial text and the values the detector must report in it: [case name, text, values]. */
export type Adversarial = [name: string, text: string, values: string[]];

/** Table-driven tests of one detector: values it finds, texts it leaves alone, and 200 KB adversarial inputs. */
export function describeDetector(detector: Detector, valid: Valid[], invalid: Invalid[], adversarial: Adversarial[]): void {
  describe(detector.id, () => {
    it.each(valid)('finds %s', (_name, text, value, confidence) => {
      const findings = detector.find(text);
      expect(findings.map((f) => [text.slice(f.start, f.end), f.confidence])).toEqual([[value, confidence]]);
      expect(findings[0]).toMatchObject({ type: detector.type, detector: detector.id });
    });

    it.each(invalid)('does not report %s at medium or above', (_name, text) => {
      expect(detector.find(text).filter((f) => f.confidence !== 'low')).toEqual([]);
    });

    // Only the output is asserted; a catastrophic backtrack would show as the test timing out.
    it.each(adversarial)('stays correct on 200 KB of %s', (_name, text, values) => {
      expect(text.length).toBeGreaterThan(199_000);
      expect(detector.find(text).map((f) => text.slice(f.start, f.end))).toEqual(values);
    });
  });
}
