import { describe, expect, it } from 'vitest';
import { PII_DETECTORS } from '../../../../utils/detect/pii';

// Inputs built to make a careless pattern backtrack: long digit runs, repeated separators, near-miss tokens.
// Each is about 200 KB; the assertions are on results only, timing is left to the benchmark.
const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const INPUTS = [
  fill('9'),
  fill('1 '),
  fill('12-'),
  fill('1.'),
  fill('+1 '),
  fill('0 ('),
  fill('a:'),
  fill('A1'),
  fill('FR7'),
  fill('AB 12 '),
  fill('0612 '),
  fill('x@'),
];

describe('PII detectors on adversarial input', () => {
  it.each(PII_DETECTORS.map((detector) => [detector.id, detector] as const))('%s finds nothing at medium and up in 200 KB', (_id, detector) => {
    for (const input of INPUTS) {
      expect(detector.find(input).filter((f) => f.confidence !== 'low')).toEqual([]);
    }
  });
});
