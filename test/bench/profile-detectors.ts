/**
 * `npm run bench:detectors`: the time each detector takes on the detection benchmark's inputs (best of 7),
 * slowest first, to find what to optimize. Timings, not verdicts.
 */
import { BUILT_IN_DETECTORS } from '../../utils/detect/registry';
import { scan } from '../../utils/detect/scan';
import { buildInputs } from './inputs';
const inputs = buildInputs();
for (const input of inputs.filter((i) => /100 KB|dense/.test(i.name))) {
  const text = input.text; const lower = text.toLowerCase();
  const rows: [string, number, boolean][] = [];
  for (const d of BUILT_IN_DETECTORS) {
    const runs = d.prefilter.length && !d.prefilter.some((k) => lower.includes(k)) ? false : true;
    let best = Infinity;
    for (let i = 0; i < 7; i++) { const t = performance.now(); if (runs) d.find(text); best = Math.min(best, performance.now() - t); }
    rows.push([d.id, best, runs]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, r) => s + r[1], 0);
  let whole = Infinity;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    scan(text);
    whole = Math.min(whole, performance.now() - t);
  }
  console.log(`${input.name}: detectors ${total.toFixed(2)} ms, whole scan() ${whole.toFixed(2)} ms`);
  console.log(rows.slice(0, 14).map(([id, ms, runs]) => `  ${id.padEnd(34)} ${ms.toFixed(2)} ms${runs ? '' : ' (prefiltered out)'}`).join('\n'));
}
