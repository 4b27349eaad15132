/**
 * `npm run bench:detectors`: what scan() spends its time on, on the detection benchmark's inputs (best of 7
 * each), slowest first, to find what to optimize: each detector that the prefilter lets run, and the work
 * scan() shares between them (the prefilter's pass, the number runs, overlap resolution). Timings, not verdicts.
 */
import { forgetRuns, matchesInRuns } from '../../utils/detect/matches';
import { buildPrefilterIndex } from '../../utils/detect/prefilter';
import { BUILT_IN_DETECTORS } from '../../utils/detect/registry';
import { resolveOverlaps } from '../../utils/detect/resolve';
import { scan } from '../../utils/detect/scan';
import { buildInputs } from './inputs';

/** The best of 7 timings of `run`, in milliseconds. */
function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const prefilter = buildPrefilterIndex(BUILT_IN_DETECTORS);
for (const input of buildInputs().filter((i) => /100 KB|dense/.test(i.name))) {
  const text = input.text;
  const select = (lower: string) => prefilter.detectorsFor(prefilter.keywordsIn(lower));
  // Each detector is told the keywords present, as scan() tells it: some narrow their patterns by them.
  const present = prefilter.keywordsIn(text.toLowerCase());
  const selected = prefilter.detectorsFor(present);
  const findings = selected.flatMap((d) => d.find(text, present));
  const rows: [string, number][] = [
    ['(shared) prefilter: lower-case + select', best(() => select(text.toLowerCase()))],
    // The runs are computed once per scan, by the first detector that searches them: timed on their own here,
    // and left out of those detectors' times below.
    ['(shared) number runs', best(() => (forgetRuns(), matchesInRuns(/(?!)/g, text)))],
    ['(shared) overlap resolution', best(() => resolveOverlaps(findings, () => 0))],
    ...selected.map((d): [string, number] => [d.id, best(() => d.find(text, present))]),
  ];
  forgetRuns();
  rows.sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const whole = best(() => scan(text));
  console.log(`${input.name}: parts ${total.toFixed(2)} ms, whole scan() ${whole.toFixed(2)} ms, ${selected.length} of ${BUILT_IN_DETECTORS.length} detectors run`);
  console.log(rows.slice(0, Number(process.env.TOP ?? 16)).map(([id, ms]) => `  ${id.padEnd(40)} ${ms.toFixed(2)} ms`).join('\n'));
}
