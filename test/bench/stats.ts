/** Small statistics and formatting helpers for the benchmark. */

/** Bytes per megabyte in the throughput figures (1 MB = 2^20 bytes, as for the input sizes). */
export const MB = 1024 * 1024;

/** Summary of one contender's latencies on one input. */
export interface Summary {
  runs: number;
  p50: number;
  p99: number;
  mean: number;
  /** Throughput in MB/s, from the median latency. */
  mbPerSecond: number;
}

/** The q-quantile (0..1) of the samples, linearly interpolated between the two nearest ranks. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Summarises latencies in milliseconds measured on an input of `bytes` bytes. */
export function summarize(samplesMs: readonly number[], bytes: number): Summary {
  const p50 = quantile(samplesMs, 0.5);
  const mean = samplesMs.reduce((sum, x) => sum + x, 0) / Math.max(samplesMs.length, 1);
  return { runs: samplesMs.length, p50, p99: quantile(samplesMs, 0.99), mean, mbPerSecond: bytes / MB / (p50 / 1000) };
}

/** Formats milliseconds with precision that suits their magnitude. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 1) return ms.toFixed(3);
  if (ms < 100) return ms.toFixed(2);
  return ms.toFixed(0);
}

/** Formats a ratio as `1.6x`. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  return ratio < 10 ? `${ratio.toFixed(2)}x` : `${ratio.toFixed(0)}x`;
}

/** Formats a byte count as B, KB or MB, without trailing zero decimals (`256 KB`, `1.01 MB`). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < MB ? [(bytes / 1024).toFixed(1), 'KB'] : [(bytes / MB).toFixed(2), 'MB'];
  return `${value.replace(/\.?0+$/, '')} ${unit}`;
}

/** Renders rows as a plain-text table with left-aligned first column and right-aligned others. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, col) => Math.max(title.length, ...rows.map((row) => row[col].length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * A bootstrap interval of the geometric mean over fixtures of a ratio of medians: each resample redraws every
 * fixture's rounds with replacement (a round's two loads stay paired) and recomputes the statistic. Returns the
 * `(1 - level) / 2` and `(1 + level) / 2` quantiles of the resampled geometric means.
 */
export function bootstrapGeomeanOfRatios(
  fixtures: readonly { without: readonly number[]; with: readonly number[] }[],
  random: () => number,
  level = 0.9,
  resamples = 2000,
): [number, number] {
  const means: number[] = [];
  for (let i = 0; i < resamples; i += 1) {
    let logSum = 0;
    for (const { without, with: on } of fixtures) {
      const picks = without.map(() => Math.floor(random() * without.length));
      logSum += Math.log(quantile(picks.map((at) => on[at]), 0.5) / quantile(picks.map((at) => without[at]), 0.5));
    }
    means.push(Math.exp(logSum / fixtures.length));
  }
  return [quantile(means, (1 - level) / 2), quantile(means, (1 + level) / 2)];
}
