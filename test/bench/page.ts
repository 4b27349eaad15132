/**
 * npm run bench:page — what Vigie costs a real page, in real Chromium: the same editor fixtures (built with
 * the real editor libraries, under real AI hostnames) in two browsers launched side by side, one with the
 * extension and one without, measured interleaved in one run. Each figure is a ratio with/without:
 * page load to composer ready, Ctrl+V to the text in the editor's model for an allowed paste of 2 KB and
 * 100 KB, and the long tasks (50 ms or more) seen on the page. Prints tables; asserts nothing.
 *
 * Both sides load the fixtures in the same order, one page after the other (each load a navigation to
 * another site, so a new renderer process, as a real visit to an AI site from elsewhere), which side goes
 * first alternating per round; the first round is a warm-up and is not counted; between two loads the
 * machine is left to settle, so that what one browser still does after its load (the page it leaves, the
 * extension's service worker) does not land in the other's measurement. The medians come with their spread:
 * the interquartile range of each side, and that of the per-round ratio.
 *
 * It also traces loads in the browser with the extension, in the same conditions, and sums the main-thread
 * time that Chromium attributes to the extension's scripts (evaluation of the content script and its
 * callbacks), before the composer was ready and in the 2 s after (work deferred to idle time): the direct
 * cost behind the page-load ratio, which whole-page timings on a shared machine blur.
 *
 * Options: --rounds N (page loads per fixture and browser, default 15), --pastes N (2 KB pastes per editor
 * and browser, default 15; 100 KB pastes get a third of that), --traced N (traced loads per fixture, default 5),
 * --extension DIR (the Chromium build to measure, default .output/chrome-mv3: an A/B comparison runs each build in turn).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BUILD_DIRS, buildExtension } from '../e2e/harness/build';
import { CHROMIUM_PATH } from '../e2e/harness/chromium';
import { startSiteServer } from '../e2e/harness/site-server';
import { AI_SITES } from '../../utils/catalog/sites';
import { launchBrowser, measureLoad, measurePaste, measureScriptCost, openFixture, takeLongTasks, type Bench, type LongTasks, type ScriptCost } from './page-measure';
import { PAGE_FIXTURES } from './page-fixtures';
import { createRng } from './prng';
import { bootstrapGeomeanOfRatios, formatMs, formatRatio, quantile, renderTable } from './stats';
import { machineContext } from './report';

const FIXTURES = PAGE_FIXTURES;
const PASTE_SIZES = [2 * 1024, 100 * 1024];

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '15' }, pastes: { type: 'string', default: '15' }, traced: { type: 'string', default: '5' }, extension: { type: 'string' } } });
const ROUNDS = Number(values.rounds);
const PASTES = Number(values.pastes);
const TRACED = Number(values.traced);

const median = (samples: readonly number[]) => quantile(samples, 0.5);
const ratioRow = (label: string, without: number[], withExt: number[], extra: string[] = []): string[] => [
  label,
  ...extra,
  formatMs(median(without)),
  formatMs(median(withExt)),
  formatRatio(median(withExt) / median(without)),
];
/** Time left between two measured loads, for the machine to settle. */
const SETTLE_MS = 250;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
const spread = (samples: readonly number[], format: (value: number) => string = formatMs) => `${format(quantile(samples, 0.25))}-${format(quantile(samples, 0.75))}`;
const geomean = (ratios: readonly number[]) => Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);

async function main(): Promise<void> {
  const extensionDir = values.extension ?? BUILD_DIRS.chrome;
  if (!values.extension && !existsSync(`${extensionDir}/manifest.json`)) buildExtension('chrome');
  const server = await startSiteServer();
  const hosts = AI_SITES.flatMap((site) => site.hosts);
  const launch = (extension: boolean) => launchBrowser({ chromiumPath: CHROMIUM_PATH, sitePort: server.port, hosts, extensionDir: extension ? extensionDir : undefined });
  const [without, withExt] = await Promise.all([launch(false), launch(true)]);
  const benches: Record<'without' | 'with', Bench> = { without, with: withExt };
  const longTasks: Record<'without' | 'with', LongTasks> = { without: { count: 0, totalMs: 0, maxMs: 0 }, with: { count: 0, totalMs: 0, maxMs: 0 } };
  const addLongTasks = (side: 'without' | 'with', tasks: LongTasks) => {
    longTasks[side].count += tasks.count;
    longTasks[side].totalMs += tasks.totalMs;
    longTasks[side].maxMs = Math.max(longTasks[side].maxMs, tasks.maxMs);
  };
  // Alternate which browser goes first, so neither always runs on a warmer machine.
  const order = (round: number): ('without' | 'with')[] => (round % 2 === 0 ? ['without', 'with'] : ['with', 'without']);
  try {
    console.log(`Vigie page benchmark: ${ROUNDS} loads per fixture, ${PASTES} x 2 KB and ${Math.ceil(PASTES / 3)} x 100 KB pastes per editor, per browser\n${machineContext()}\n`);

    const loads = new Map(FIXTURES.map((fixture) => [fixture.name, { without: [] as number[], with: [] as number[] }]));
    const loadPages = { without: await without.context.newPage(), with: await withExt.context.newPage() };
    for (let round = 0; round < ROUNDS + 1; round += 1) {
      for (const fixture of FIXTURES) {
        for (const side of order(round)) {
          await settle();
          const { ms, longTasks: tasks } = await measureLoad(loadPages[side], fixture);
          // The first round warms the browsers' caches of the fixture bundles and the extension: not counted.
          if (round === 0) continue;
          loads.get(fixture.name)![side].push(ms);
          addLongTasks(side, tasks);
        }
      }
    }
    const loadRows = FIXTURES.map((fixture) => {
      const { without: off, with: on } = loads.get(fixture.name)!;
      // Loads of one round ran back to back: their ratio is a paired sample.
      const paired = on.map((ms, i) => ms / off[i]);
      return [fixture.name, formatMs(median(off)), spread(off), formatMs(median(on)), spread(on), formatRatio(median(on) / median(off)), spread(paired, formatRatio)];
    });
    const loadRatios = FIXTURES.map((fixture) => median(loads.get(fixture.name)!.with) / median(loads.get(fixture.name)!.without));
    console.log(`Page load to composer ready (median ms of ${ROUNDS} loads, interquartile range beside it)`);
    console.log(renderTable(['fixture', 'without', 'IQR', 'with Vigie', 'IQR', 'ratio', 'per-round ratio IQR'], loadRows));
    // How far the figure could move from sampling alone: loads of one run differ by several per cent.
    const [low, high] = bootstrapGeomeanOfRatios([...loads.values()], createRng(1).next);
    console.log(`geometric mean of the ratios: ${formatRatio(geomean(loadRatios))} (target: at most 1.05x; 90% bootstrap interval ${formatRatio(low)}-${formatRatio(high)})\n`);

    const costRows: string[][] = [];
    const costShares: number[] = [];
    const costs = new Map(FIXTURES.map((fixture) => [fixture.name, [] as ScriptCost[]]));
    // Fixture after fixture, as the timed loads: each traced load is a first visit of its site's renderer process.
    for (let i = 0; i < TRACED; i += 1) {
      for (const fixture of FIXTURES) costs.get(fixture.name)!.push(await measureScriptCost(loadPages.with, fixture));
    }
    for (const fixture of FIXTURES) {
      const traced = costs.get(fixture.name)!;
      const scriptMs = median(traced.map((cost) => cost.evaluateMs + cost.callbacksMs));
      const withoutMs = median(loads.get(fixture.name)!.without);
      costShares.push(scriptMs / withoutMs);
      costRows.push([
        fixture.name,
        formatMs(median(traced.map((cost) => cost.evaluateMs))),
        formatMs(median(traced.map((cost) => cost.callbacksMs))),
        formatMs(withoutMs),
        `${((100 * scriptMs) / withoutMs).toFixed(1)}%`,
        formatMs(median(traced.map((cost) => cost.laterMs))),
      ]);
    }
    // --traced 0 skips the traced loads: no table of medians of nothing (it printed NaN).
    if (TRACED > 0) {
      console.log(`Vigie's own main-thread time per page load (median of ${TRACED} traced loads; every frame's content script)`);
      console.log(renderTable(['fixture', 'evaluation', 'callbacks', 'load without', 'share of load', 'in the 2 s after'], costRows));
      console.log(`geometric mean of the shares: ${(100 * geomean(costShares)).toFixed(1)}% of the page's load time without Vigie\n`);
    }

    const pasteRows: string[][] = [];
    const pasteRatios = new Map<number, number[]>(PASTE_SIZES.map((size) => [size, []]));
    for (const fixture of FIXTURES.filter((entry) => entry.paste)) {
      const pages = { without: await openFixture(without, fixture), with: await openFixture(withExt, fixture) };
      for (const size of PASTE_SIZES) {
        const samples = { without: [] as number[], with: [] as number[] };
        const count = size > 10_000 ? Math.ceil(PASTES / 3) : PASTES;
        for (let i = 0; i < count + 1; i += 1) {
          for (const side of order(i)) {
            const ms = await measurePaste(pages[side], size);
            if (i > 0) samples[side].push(ms);
          }
        }
        pasteRows.push(ratioRow(fixture.name, samples.without, samples.with, [`${size / 1024} KB`]));
        pasteRatios.get(size)!.push(median(samples.with) / median(samples.without));
      }
      for (const side of ['without', 'with'] as const) {
        addLongTasks(side, await takeLongTasks(pages[side].page));
        await pages[side].page.close();
      }
    }
    console.log('Allowed paste: Ctrl+V to the text in the editor\'s model (median ms)');
    console.log(renderTable(['fixture', 'size', 'without', 'with Vigie', 'ratio'], pasteRows));
    for (const size of PASTE_SIZES) {
      const target = size === 2 * 1024 ? ' (target: at most 1.10x)' : '';
      console.log(`${size / 1024} KB: geometric mean of the ratios ${formatRatio(geomean(pasteRatios.get(size)!))}${target}`);
    }
    console.log('');

    console.log('Long tasks (50 ms or more) on the fixture pages during the whole run');
    console.log(
      renderTable(
        ['browser', 'count', 'total ms', 'longest ms'],
        (['without', 'with'] as const).map((side) => [side === 'with' ? 'with Vigie' : 'without', String(longTasks[side].count), formatMs(longTasks[side].totalMs), formatMs(longTasks[side].maxMs)]),
      ),
    );
  } finally {
    await Promise.all(Object.values(benches).map((bench) => bench.close()));
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
