/**
 * Where an allowed paste's time goes with Vigie, in real Chromium, at microsecond resolution (the page's clock,
 * which npm run bench:page reads, has 0.1 ms): the editor fixtures of bench:page, a browser without the extension
 * and one per built variant (--variant NAME=DIR, repeatable; default: the build in .output), pastes of a clean
 * text (2 KB unless --size) with a real Ctrl+V, interleaved (the order rotates each paste), each under a DevTools
 * trace of the page's renderer. For each paste it takes the Ctrl+V keydown's dispatch (the paste and the editor's
 * insertion happen inside it) and reports:
 *
 * - Vigie's listeners: the FunctionCall events of chrome-extension:// scripts in it (keydown, paste, input), split
 *   into synchronous clipboard IPC (ClipboardHost::* events: each DataTransfer.getData is a ReadText, which later
 *   reads in the same event reuse, and a GetSequenceNumber, which every read repeats) and the rest: the guard's
 *   JavaScript, the detection engine and the isolated world's entry;
 * - the clipboard IPC of the whole dispatch (the page's and Chromium's own reads too), and the dispatch's length.
 *
 * Traced pastes are slower than untraced ones: compare variants, not absolute figures. Prints medians with
 * interquartile ranges; asserts nothing.
 *
 * With --first, each traced paste is the first one on a page opened for it (once the guard's idle-time preparation is
 * over): what a user's first paste on a page costs, before V8 has compiled the paste path.
 *
 * npx tsx test/bench/paste-trace.ts [--pastes N] [--only REGEX] [--size CHARS] [--first] [--variant NAME=DIR ...]
 */
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { BUILD_DIRS } from '../e2e/harness/build';
import { CHROMIUM_PATH } from '../e2e/harness/chromium';
import { startSiteServer } from '../e2e/harness/site-server';
import { AI_SITES } from '../../utils/catalog/sites';
import { launchBrowser, measurePaste, openFixture, type Bench, type OpenFixture } from './page-measure';
import { PAGE_FIXTURES } from './page-fixtures';
import { quantile, renderTable } from './stats';

const { values } = parseArgs({ options: { pastes: { type: 'string', default: '30' }, only: { type: 'string' }, size: { type: 'string', default: '2048' }, variant: { type: 'string', multiple: true }, first: { type: 'boolean', default: false } } });
const PASTES = Number(values.pastes);
const SIZE = Number(values.size);
const fixtures = PAGE_FIXTURES.filter((fixture) => fixture.paste && (!values.only || new RegExp(values.only).test(fixture.name)));
const VARIANTS = (values.variant ?? [`with=${BUILD_DIRS.chrome}`]).map((spec) => spec.split('=') as [string, string]);
const SIDES: [string, string | undefined][] = [['without', undefined], ...VARIANTS];
// devtools.timeline: EventDispatch and FunctionCall; ipc and mojom: the ClipboardHost calls.
const CATEGORIES = 'devtools.timeline,toplevel,ipc,mojom';
/** Time left before the first paste, for the guard's idle-time preparation (1 s after load) to be over. */
const SETTLE_MS = 2500;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { type?: string; url?: string } };
}

/** What one traced paste cost, in ms. */
interface PasteCost {
  ours: number;
  oursIpc: number;
  ipc: number;
  ipcCalls: number;
  dispatch: number;
  /** Vigie's listener time per event type (the innermost event dispatch around each call), clipboard IPC included. */
  byEvent: Record<string, number>;
}

async function tracePaste(session: CDPSession, opened: OpenFixture): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: unknown[] }) => events.push(...(payload.value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await measurePaste(opened, SIZE);
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', onData);
  return events;
}

function pasteCost(events: TraceEvent[]): PasteCost {
  const keydown = events.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown').pop();
  if (!keydown?.dur) throw new Error('no keydown dispatch in the trace');
  const within = (inner: TraceEvent, outer: TraceEvent) => inner.tid === outer.tid && inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + outer.dur!;
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined && within(event, keydown));
  const ipc = complete.filter((event) => event.name.startsWith('ClipboardHost::'));
  const ours = complete.filter((event) => event.name === 'FunctionCall' && (event.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const ms = (list: TraceEvent[]) => list.reduce((sum, event) => sum + event.dur!, 0) / 1000;
  const dispatches = complete.filter((event) => event.name === 'EventDispatch');
  const byEvent: Record<string, number> = {};
  for (const call of ours) {
    const around = dispatches.filter((dispatch) => within(call, dispatch)).sort((a, b) => b.ts - a.ts)[0];
    const type = around?.args?.data?.type ?? '?';
    byEvent[type] = (byEvent[type] ?? 0) + call.dur! / 1000;
  }
  return {
    byEvent,
    ours: ms(ours),
    oursIpc: ms(ipc.filter((call) => ours.some((listener) => within(call, listener)))),
    ipc: ms(ipc),
    ipcCalls: ipc.length,
    dispatch: keydown.dur / 1000,
  };
}

const spread = (samples: number[], digits = 3) => `${quantile(samples, 0.5).toFixed(digits)} (${quantile(samples, 0.25).toFixed(digits)}-${quantile(samples, 0.75).toFixed(digits)})`;

async function main(): Promise<void> {
  const server = await startSiteServer();
  const hosts = AI_SITES.flatMap((site) => site.hosts);
  const benches: Bench[] = [];
  try {
    for (const [, dir] of SIDES) benches.push(await launchBrowser({ chromiumPath: CHROMIUM_PATH, sitePort: server.port, hosts, extensionDir: dir }));
    console.log(`Allowed paste of ${SIZE} characters, ${PASTES} traced pastes per editor and browser (ms, median and interquartile range)\n`);
    for (const fixture of fixtures) {
      const opened: OpenFixture[] = [];
      const sessions: CDPSession[] = [];
      const open = async () => {
        for (const [index, bench] of benches.entries()) {
          const page = await openFixture(bench, fixture);
          opened[index] = page;
          sessions[index] = await page.page.context().newCDPSession(page.page);
        }
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      };
      if (!values.first) {
        await open();
        // A warm-up paste each: the first one builds the detection engine's tables if the preparation has not.
        for (const page of opened) await measurePaste(page, SIZE);
      }
      const costs = SIDES.map(() => [] as PasteCost[]);
      for (let i = 0; i < PASTES; i += 1) {
        if (values.first) await open();
        for (let k = 0; k < SIDES.length; k += 1) {
          const side = (i + k) % SIDES.length;
          costs[side].push(pasteCost(await tracePaste(sessions[side], opened[side])));
        }
        if (values.first) for (const page of opened) await page.page.close();
      }
      console.log(fixture.name);
      console.log(
        renderTable(
          ['browser', 'Vigie listeners', 'of which clipboard IPC', 'the rest', 'clipboard IPC (all)', 'IPC calls', 'keydown dispatch'],
          SIDES.map(([name], side) => {
            const list = costs[side];
            return [name, spread(list.map((c) => c.ours)), spread(list.map((c) => c.oursIpc)), spread(list.map((c) => c.ours - c.oursIpc)), spread(list.map((c) => c.ipc)), spread(list.map((c) => c.ipcCalls), 0), spread(list.map((c) => c.dispatch))];
          }),
        ),
      );
      // Per event type: the median of Vigie's listener time in that event's dispatch, and in how many pastes it ran.
      const types = [...new Set(costs.flat().flatMap((cost) => Object.keys(cost.byEvent)))].sort();
      console.log(
        renderTable(
          ['browser', ...types],
          VARIANTS.map(([name], index) => {
            const list = costs[index + 1];
            return [name, ...types.map((type) => `${spread(list.map((c) => c.byEvent[type] ?? 0))} in ${list.filter((c) => type in c.byEvent).length}`)];
          }),
        ),
      );
      console.log('');
      if (!values.first) for (const page of opened) await page.page.close();
    }
  } finally {
    for (const bench of benches) await bench.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
