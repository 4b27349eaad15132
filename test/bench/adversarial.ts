/**
 * The adversarial run: catastrophic-backtracking regular expressions, as a policy author could write them
 * for custom detectors, on large pathological inputs. Custom detectors run on re2js, whose time must grow
 * linearly with the input; V8's backtracking RegExp is shown on small inputs only, for contrast.
 */
import { compileCustomDetectors } from '../../utils/detect/custom/index';
import { scan } from '../../utils/detect/scan';
import { quantile } from './stats';

/** One catastrophic pattern class and the input that makes a backtracking engine explode on it. */
export interface AdversarialCase {
  pattern: string;
  /** Human-readable shape of the pathological input. */
  inputShape: string;
  /** Builds the pathological input of `n` characters. */
  input(n: number): string;
  /** Input sizes for V8, smallest first; the ladder stops at the first run over V8_STOP_MS. */
  v8Ladder: readonly number[];
}

/** Linear-time timing of one pattern at each large size. */
export interface LinearResult {
  pattern: string;
  inputShape: string;
  /** Median milliseconds per size, in the order of LINEAR_SIZES. */
  ms: number[];
  findings: number;
}

/** V8 timings of one pattern on small inputs. */
export interface BacktrackingResult {
  pattern: string;
  points: { chars: number; ms: number }[];
}

/** The large input sizes of the linear-time run. */
export const LINEAR_SIZES: readonly number[] = [256 * 1024, 512 * 1024, 1024 * 1024];

/** Measured runs per pattern and size on the linear-time engine (the median is reported). */
const LINEAR_RUNS = 3;

/** V8's ladder stops after the first run slower than this, so that no single run takes more than ~1 s. */
const V8_STOP_MS = 200;

/** `n - suffix.length` copies of 'a' followed by `suffix`. */
function aThen(suffix: string): (n: number) => string {
  return (n) => 'a'.repeat(Math.max(0, n - suffix.length)) + suffix;
}

/** The classic catastrophic-backtracking classes. */
export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  { pattern: '(a+)+$', inputShape: "'a'*n + '!'", input: aThen('!'), v8Ladder: [16, 18, 20, 22, 24, 26, 28] },
  { pattern: '(a|aa)+b', inputShape: "'a'*n", input: aThen(''), v8Ladder: [20, 24, 28, 30, 32, 34, 36] },
  { pattern: '(a|a?)+c', inputShape: "'a'*n", input: aThen(''), v8Ladder: [12, 14, 16, 18, 20, 22, 24] },
  {
    pattern: '(.*a){12}',
    inputShape: "'a'*11 + 'b'*(n-11)",
    input: (n) => 'a'.repeat(11) + 'b'.repeat(Math.max(0, n - 11)),
    v8Ladder: [1000, 2000, 4000, 8000, 16000],
  },
  { pattern: String.raw`(\w+\s?)+$`, inputShape: "'a'*n + '!'", input: aThen('!'), v8Ladder: [16, 18, 20, 22, 24, 26] },
  {
    pattern: String.raw`^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$`,
    inputShape: "'a'*n + '!'",
    input: aThen('!'),
    v8Ladder: [20, 22, 24, 26, 28, 30, 32],
  },
];

/** A compiled linear-time matcher: counts the matches of one pattern in a text. */
type LinearMatcher = (text: string) => number;

/**
 * Compiles a pattern the way policy regexes are compiled (a custom detector on re2js) and runs it through
 * scan() alone, without the built-in detectors, so that only the regex engine is measured. A pattern the
 * compiler rejects is an error of the bench, not a timing miss.
 */
async function compileLinear(pattern: string): Promise<LinearMatcher> {
  const { detectors, errors } = await compileCustomDetectors([{ id: 'adversarial', kind: 'regex', pattern }]);
  if (errors.length > 0 || detectors.length !== 1) {
    throw new Error(`custom detector rejected ${pattern}: ${errors.map((e) => e.message).join('; ')}`);
  }
  return (text) => scan(text, { detectors }).length;
}

/** Median milliseconds of `runs` runs of `matcher` on `text`, and the findings of the last run. */
function timeLinear(matcher: LinearMatcher, text: string, runs: number): { ms: number; findings: number } {
  const samples: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = matcher(text);
    samples.push(performance.now() - start);
  }
  return { ms: quantile(samples, 0.5), findings };
}

/** Times every adversarial pattern, as a custom detector in scan(), at each of LINEAR_SIZES. */
export async function runLinear(): Promise<LinearResult[]> {
  const results: LinearResult[] = [];
  for (const testCase of ADVERSARIAL_CASES) {
    const matcher = await compileLinear(testCase.pattern);
    // One small run first, so that the first large size does not pay for the JIT.
    matcher(testCase.input(4096));
    const ms: number[] = [];
    let findings = 0;
    for (const size of LINEAR_SIZES) {
      const timing = timeLinear(matcher, testCase.input(size), LINEAR_RUNS);
      ms.push(timing.ms);
      findings = timing.findings;
    }
    results.push({ pattern: testCase.pattern, inputShape: testCase.inputShape, ms, findings });
  }
  return results;
}

/** Counts the matches of a V8 RegExp (global flag) in a text. */
function countV8(regex: RegExp, text: string): number {
  let count = 0;
  for (const _match of text.matchAll(regex)) count++;
  return count;
}

/**
 * Times V8's own RegExp on each pattern up its small-input ladder. Each RegExp is run on a harmless
 * string first so that V8 has compiled it to native code before the measured runs.
 */
export function runBacktracking(): BacktrackingResult[] {
  return ADVERSARIAL_CASES.map((testCase) => {
    const regex = new RegExp(testCase.pattern, 'g');
    for (let i = 0; i < 3; i++) countV8(regex, 'xyz');
    const points: { chars: number; ms: number }[] = [];
    for (const chars of testCase.v8Ladder) {
      const text = testCase.input(chars);
      const start = performance.now();
      countV8(regex, text);
      const ms = performance.now() - start;
      points.push({ chars, ms });
      if (ms > V8_STOP_MS) break;
    }
    return { pattern: testCase.pattern, points };
  });
}
