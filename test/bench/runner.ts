/**
 * Interleaved measurement: every iteration runs each contender once on the same input, in an order that
 * rotates from one iteration to the next, so that drift (thermal, GC, JIT) hits every contender alike.
 */
import type { Contender } from './contenders';

/** How many iterations to run on one input. */
export interface RunPlan {
  /** Unmeasured iterations first, to let the JIT settle. */
  warmup: number;
  /** Measured iterations. */
  runs: number;
}

/** What one contender produced on one input. */
export interface Measurement {
  /** Latency of each measured run, in milliseconds. */
  samplesMs: number[];
  /** Findings reported by the last run. */
  findings: number;
  /** True when the contender's time budget cut its runs short. */
  capped: boolean;
}

/** Runs a contender once, awaiting it only when it is asynchronous, and returns [ms, findings]. */
async function timeOnce(contender: Contender, text: string): Promise<[number, number]> {
  const start = performance.now();
  const output = contender.run(text);
  const findings = typeof output === 'number' ? output : await output;
  return [performance.now() - start, findings];
}

/** The contenders in the order of iteration `i`: the list rotated left by `i` places. */
function rotation<T>(items: readonly T[], i: number): T[] {
  const shift = i % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** True when a contender has used up its time budget on this input. */
function overBudget(contender: Contender, measurement: Measurement): boolean {
  if (contender.budgetMs === undefined) return false;
  const spent = measurement.samplesMs.reduce((sum, ms) => sum + ms, 0);
  return spent >= contender.budgetMs;
}

/**
 * Measures every contender on `text` with round-robin iterations. A contender with a time budget stops
 * being run once its measured time exceeds the budget (it always gets at least one measured run).
 */
export async function runInterleaved(
  text: string,
  contenders: readonly Contender[],
  plan: RunPlan,
): Promise<Map<string, Measurement>> {
  const results = new Map<string, Measurement>(
    contenders.map((c) => [c.name, { samplesMs: [], findings: 0, capped: false }]),
  );
  for (let i = 0; i < plan.warmup; i++) {
    for (const contender of rotation(contenders, i)) await timeOnce(contender, text);
  }
  for (let i = 0; i < plan.runs; i++) {
    for (const contender of rotation(contenders, i)) {
      const measurement = results.get(contender.name)!;
      if (overBudget(contender, measurement)) {
        measurement.capped = true;
        continue;
      }
      const [ms, findings] = await timeOnce(contender, text);
      measurement.samplesMs.push(ms);
      measurement.findings = findings;
    }
  }
  return results;
}
