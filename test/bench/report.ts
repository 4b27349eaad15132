/** Text rendering of the benchmark's results: context, tables and the verdict block. */
import { cpus, platform, release, totalmem } from 'node:os';
import { LINEAR_SIZES, type BacktrackingResult, type LinearResult } from './adversarial';
import type { BenchInput } from './inputs';
import type { Measurement } from './runner';
import { formatBytes, formatMs, formatRatio, renderTable, summarize, type Summary } from './stats';

/** Every contender's summary on one input. */
export interface InputResult {
  input: BenchInput;
  summaries: Map<string, Summary>;
  measurements: Map<string, Measurement>;
}

/** Targets from the issue. */
const TARGET_BASELINE_RATIO = 2;
const TARGET_REDACT_PII_SPEEDUP = 5;
const TARGET_P99_100KB_MS = 16;
const TARGET_LINEAR_RATIO = 3;

/** The machine the figures come from. */
export function machineContext(): string {
  const cpuList = cpus();
  const model = cpuList[0]?.model.trim() ?? 'unknown CPU';
  return [
    `node ${process.version} (V8 ${process.versions.v8}) on ${platform()} ${release()}`,
    `CPU: ${model}, ${cpuList.length} logical cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM`,
  ].join('\n');
}

/** The benchmark inputs with their sizes and how many fake values they hold. */
export function inputsTable(inputs: readonly BenchInput[]): string {
  const rows = inputs.map((input) => [
    input.name,
    String(input.text.length),
    formatBytes(input.bytes),
    String(input.planted),
    `${Math.round(input.bytes / Math.max(input.planted, 1))} B`,
  ]);
  return renderTable(['input', 'chars', 'UTF-8 size', 'fake values', 'one value per'], rows);
}

/** One row of the results table. */
function resultRow(inputName: string, name: string, result: InputResult, base: Summary): string[] {
  const summary = result.summaries.get(name)!;
  const measurement = result.measurements.get(name)!;
  const runs = `${summary.runs}${measurement.capped ? ' (time cap)' : ''}`;
  return [
    inputName,
    name,
    runs,
    String(measurement.findings),
    summary.mbPerSecond.toFixed(1),
    formatMs(summary.p50),
    formatMs(summary.p99),
    formatRatio(summary.p50 / base.p50),
    formatRatio(summary.p99 / base.p99),
  ];
}

/** The main table: every contender on every input, with ratios to the baseline of the same run. */
export function resultsTable(results: readonly InputResult[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    const base = result.summaries.get('baseline')!;
    for (const name of result.summaries.keys()) rows.push(resultRow(result.input.name, name, result, base));
  }
  const header = ['input', 'contender', 'runs', 'found', 'MB/s', 'p50 ms', 'p99 ms', 'p50/base', 'p99/base'];
  return renderTable(header, rows);
}

/** One verdict line: PASS or MISS, what was checked, and the figure. */
function verdictLine(pass: boolean, what: string, figure: string): string {
  return `${pass ? 'PASS' : 'MISS'}  ${what}: ${figure}`;
}

/** Verdict lines on the throughput targets, per input. */
function throughputVerdicts(results: readonly InputResult[]): string[] {
  const lines: string[] = [];
  for (const { input, summaries } of results) {
    const vigie = summaries.get('vigie')!;
    const base = summaries.get('baseline')!;
    const redactPii = summaries.get('redact-pii')!;
    const ratio = vigie.p50 / base.p50;
    const speedup = redactPii.p50 / vigie.p50;
    lines.push(
      verdictLine(ratio <= TARGET_BASELINE_RATIO, `vigie within ${TARGET_BASELINE_RATIO}x of baseline, ${input.name}`, `p50 = ${formatRatio(ratio)} baseline (${formatMs(vigie.p50)} vs ${formatMs(base.p50)} ms)`),
      verdictLine(speedup >= TARGET_REDACT_PII_SPEEDUP, `vigie >= ${TARGET_REDACT_PII_SPEEDUP}x faster than redact-pii, ${input.name}`, `${formatRatio(speedup)} faster (p50 ${formatMs(vigie.p50)} vs ${formatMs(redactPii.p50)} ms)`),
    );
  }
  return lines;
}

/** Verdict line on the 100 KB p99 latency target. */
function latencyVerdict(results: readonly InputResult[]): string {
  const result = results.find((r) => r.input.name === 'sparse 100 KB');
  if (!result) return 'MISS  p99 of the 100 KB paste: no 100 KB input';
  const vigie = result.summaries.get('vigie')!;
  return verdictLine(vigie.p99 <= TARGET_P99_100KB_MS, `vigie p99 on the 100 KB paste <= ${TARGET_P99_100KB_MS} ms`, `${formatMs(vigie.p99)} ms over ${vigie.runs} runs`);
}

/** Below this 1 MB time, re2js rejected the input early and the size ratio is noise, not scaling. */
const LINEAR_NOISE_FLOOR_MS = 5;

/** Verdict lines on linear scaling of custom regexes, and an information line on the slowest one. */
function linearVerdicts(linear: readonly LinearResult[]): string[] {
  const lines = linear.map((result) => {
    const ratio = result.ms[2] / result.ms[1];
    const what = `custom regex ${result.pattern.length > 30 ? `${result.pattern.slice(0, 27)}...` : result.pattern} scales linearly`;
    if (result.ms[2] < LINEAR_NOISE_FLOOR_MS) return verdictLine(true, what, `1 MB in ${formatMs(result.ms[2])} ms (under ${LINEAR_NOISE_FLOOR_MS} ms: early reject, ratio ${ratio.toFixed(2)} is noise)`);
    return verdictLine(ratio < TARGET_LINEAR_RATIO, what, `1 MB / 512 KB = ${ratio.toFixed(2)} (1 MB in ${formatMs(result.ms[2])} ms)`);
  });
  const slowest = linear.reduce((worst, result) => (result.ms[2] > worst.ms[2] ? result : worst));
  lines.push(`INFO  slowest custom regex on 1 MB of adversarial input: ${slowest.pattern} in ${formatMs(slowest.ms[2])} ms (linear, but it holds the page's thread)`);
  return lines;
}

/** The verdict block: every target with PASS or MISS. Timing misses never fail the process. */
export function verdictBlock(results: readonly InputResult[], linear: readonly LinearResult[]): string {
  return [...throughputVerdicts(results), latencyVerdict(results), ...linearVerdicts(linear)].join('\n');
}

/** The linear-time engine's timings per size, with the 1 MB / 512 KB ratio that shows the scaling. */
export function linearTable(linear: readonly LinearResult[]): string {
  const rows = linear.map((result) => [
    result.pattern.length > 40 ? `${result.pattern.slice(0, 37)}...` : result.pattern,
    result.inputShape,
    ...result.ms.map(formatMs),
    (result.ms[2] / result.ms[1]).toFixed(2),
    (1 / (result.ms[2] / 1000)).toFixed(1),
    String(result.findings),
  ]);
  const sizes = LINEAR_SIZES.map((size) => `${formatBytes(size)} ms`);
  return renderTable(['pattern', 'input', ...sizes, '1MB/512KB', 'MB/s', 'found'], rows);
}

/** V8's timings on small inputs, with the growth factor from one step to the next. */
export function backtrackingTable(results: readonly BacktrackingResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const steps = result.points.map((point, i) => {
      const previous = result.points[i - 1];
      const growth = previous && previous.ms > 0.05 ? ` (x${(point.ms / previous.ms).toFixed(1)})` : '';
      return `${point.chars} ch: ${formatMs(point.ms)} ms${growth}`;
    });
    const pattern = result.pattern.length > 40 ? `${result.pattern.slice(0, 37)}...` : result.pattern;
    lines.push(`${pattern.padEnd(40)}  ${steps.join(', ')}`);
  }
  return lines.join('\n');
}


/** Summarises every contender's measurements on one input. */
export function summarizeInput(input: BenchInput, measurements: Map<string, Measurement>): InputResult {
  const summaries = new Map<string, Summary>();
  for (const [name, measurement] of measurements) summaries.set(name, summarize(measurement.samplesMs, input.bytes));
  return { input, summaries, measurements };
}
