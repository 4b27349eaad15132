/**
 * Where a page load's CPU goes, in every process of the browser, with Vigie and without: the same fixtures and
 * browsers as npm run bench:page, loads interleaved the same way, and for each load the CPU time each kind of
 * process (browser, GPU, network, storage, the extension's process, renderers) spent from the navigation to the
 * driver seeing the composer ready (some milliseconds after the page's mark: work that runs just after it, such
 * as the guard at document_idle, is partly counted), and in the `--after` ms that follow (what the load leaves behind, which with a short
 * settle lands in the other browser's next measured load). Also the other browser's CPU during each load: it
 * should be idle.
 *
 * With --variant NAME=DIR (repeatable), one browser per built extension instead of the one build: A/B of
 * variants, all interleaved (the order rotates each round).
 *
 * A side named NAME+blank (`without+blank`, or a variant's) leaves each fixture for about:blank once measured,
 * so that its next load starts from a blank page rather than from the previous fixture.
 *
 * npx tsx test/bench/page-cpu.ts [--rounds N] [--after MS] [--settle MS] [--only NAME] [--variant NAME=DIR ...]
 */
import { parseArgs } from 'node:util';
import { BUILD_DIRS } from '../e2e/harness/build';
import { CHROMIUM_PATH } from '../e2e/harness/chromium';
import { startSiteServer } from '../e2e/harness/site-server';
import { AI_SITES } from '../../utils/catalog/sites';
import type { Page } from 'playwright-core';
import { launchBrowser, measureLoad, type Bench } from './page-measure';
import { browserPid, cpuDelta, snapshot, type ProcessKind } from './process-cpu';
import { PAGE_FIXTURES } from './page-fixtures';
import { formatMs, quantile, renderTable } from './stats';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '10' }, after: { type: 'string', default: '2000' }, settle: { type: 'string', default: '250' }, only: { type: 'string' }, variant: { type: 'string', multiple: true }, blank: { type: 'boolean', default: false } } });
const ROUNDS = Number(values.rounds);
const AFTER_MS = Number(values.after);
const SETTLE_MS = Number(values.settle);
// --only is a regular expression on the fixture names. Keep two sites or more: loads of one site in a row reuse its renderer process, warm.
const fixtures = PAGE_FIXTURES.filter((fixture) => !values.only || new RegExp(values.only).test(fixture.name));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const KINDS: ProcessKind[] = ['renderer', 'extension', 'browser', 'gpu', 'network', 'storage', 'utility', 'zygote', 'other'];
type Side = string;
const VARIANTS: [string, string][] = (values.variant ?? [`with=${BUILD_DIRS.chrome}`]).map((spec) => spec.split('=') as [string, string]);
const SIDES: Side[] = [...(values.blank ? ['without+blank'] : []), 'without', ...VARIANTS.map(([name]) => name)];
const dirOf = (side: Side) => VARIANTS.find(([name]) => name === side)?.[1];

interface Sample {
  ms: number;
  load: Record<ProcessKind, number>;
  after: Record<ProcessKind, number>;
  /** The other browser's CPU (all processes) during this load. */
  other: number;
}
const total = (cpu: Record<ProcessKind, number>) => KINDS.reduce((sum, kind) => sum + cpu[kind], 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function main(): Promise<void> {
  const server = await startSiteServer();
  const hosts = AI_SITES.flatMap((site) => site.hosts);
  const benches: Record<Side, Bench> = {};
  for (const side of SIDES) benches[side] = await launchBrowser({ chromiumPath: CHROMIUM_PATH, sitePort: server.port, hosts, extensionDir: dirOf(side) });
  const pids = Object.fromEntries(SIDES.map((side) => [side, browserPid(benches[side].profile)]));
  const pages: Record<Side, Page> = {};
  for (const side of SIDES) pages[side] = await benches[side].context.newPage();
  const samples = new Map(fixtures.map((fixture) => [fixture.name, Object.fromEntries(SIDES.map((side) => [side, [] as Sample[]]))]));
  try {
    for (let round = 0; round <= ROUNDS; round += 1) {
      for (const fixture of fixtures) {
        const shift = round % SIDES.length;
        const order = [...SIDES.slice(shift), ...SIDES.slice(0, shift)];
        for (const side of order) {
          const others = SIDES.filter((other) => other !== side);
          await sleep(SETTLE_MS);
          const start = { self: snapshot(pids[side]), others: others.map((other) => snapshot(pids[other])) };
          const { ms } = await measureLoad(pages[side], fixture);
          const loaded = { self: snapshot(pids[side]), others: others.map((other) => snapshot(pids[other])) };
          await sleep(AFTER_MS);
          const after = snapshot(pids[side]);
          if (side.endsWith('+blank')) await pages[side].goto('about:blank');
          if (round === 0) continue;
          samples.get(fixture.name)![side].push({ ms, load: cpuDelta(start.self, loaded.self), after: cpuDelta(loaded.self, after), other: others.reduce((sum, _other, i) => sum + total(cpuDelta(start.others[i], loaded.others[i])), 0) });
        }
      }
    }
  } finally {
    for (const side of SIDES) await benches[side].close();
    await server.close();
  }
  const all = Object.fromEntries(SIDES.map((side) => [side, [...samples.values()].flatMap((s) => s[side])]));
  console.log(`CPU ms per load, mean of ${ROUNDS} loads per fixture (${fixtures.length} fixtures), settle ${SETTLE_MS} ms, after-window ${AFTER_MS} ms`);
  const row = (label: string, pick: (s: Sample) => number) => [label, ...SIDES.map((side) => formatMs(mean(all[side].map(pick))))];
  const loadRatio = (side: Side) =>
    Math.exp(mean(fixtures.map((fixture) => Math.log(quantile(samples.get(fixture.name)![side].map((s) => s.ms), 0.5) / quantile(samples.get(fixture.name)![side.endsWith('+blank') ? 'without+blank' : 'without'].map((s) => s.ms), 0.5)))));
  console.log(
    renderTable(['process, navigation to composer ready', ...SIDES], [
      ['load time, geomean of median ratios', ...SIDES.map((side) => loadRatio(side).toFixed(3))],
      ...KINDS.map((kind) => row(kind, (s) => s.load[kind])),
      row('all processes', (s) => total(s.load)),
      row('other browsers meanwhile', (s) => s.other),
    ]),
  );
  console.log(renderTable([`process, ${AFTER_MS} ms after composer ready`, ...SIDES], [...KINDS.map((kind) => row(kind, (s) => s.after[kind])), row('all processes', (s) => total(s.after))]));
  const med = (xs: Sample[], pick: (s: Sample) => number) => quantile(xs.map(pick), 0.5);
  console.log(
    renderTable(
      ['fixture: median load ms / mean CPU ms (renderer, browser, extension)', ...SIDES],
      fixtures.map((fixture) => {
        const bySide = samples.get(fixture.name)!;
        return [fixture.name, ...SIDES.map((side) => `${formatMs(med(bySide[side], (s) => s.ms))} / ${mean(bySide[side].map((s) => s.load.renderer)).toFixed(1)} ${mean(bySide[side].map((s) => s.load.browser)).toFixed(1)} ${mean(bySide[side].map((s) => s.load.extension)).toFixed(1)}`)];
      }),
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
