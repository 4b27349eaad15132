/**
 * Where the extra time of a page load with Vigie goes, in every process: loads each fixture in the browser
 * without the extension and in the one with it (or with each --variant NAME=DIR), each load under a
 * whole-browser Chromium trace (all processes, all threads) from just before the navigation to the composer
 * being ready, and prints the trace events whose self time (time not spent in a nested event) differs most per
 * load, by process kind, thread and event name. Traced loads are slower than untraced ones: read differences,
 * not absolute figures.
 *
 * npx tsx test/bench/page-trace.ts [--loads N] [--only NAME] [--variant NAME=DIR ...] [--top N]
 */
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { BUILD_DIRS } from '../e2e/harness/build';
import { CHROMIUM_PATH } from '../e2e/harness/chromium';
import { startSiteServer } from '../e2e/harness/site-server';
import { AI_SITES } from '../../utils/catalog/sites';
import { launchBrowser, measureLoad, type Bench } from './page-measure';
import { PAGE_FIXTURES } from './page-fixtures';
import { renderTable } from './stats';

const { values } = parseArgs({ options: { loads: { type: 'string', default: '4' }, only: { type: 'string' }, variant: { type: 'string', multiple: true }, top: { type: 'string', default: '40' }, categories: { type: 'string' } } });
const LOADS = Number(values.loads);
const fixtures = PAGE_FIXTURES.filter((fixture) => !values.only || fixture.name.includes(values.only));
const VARIANTS: [string, string][] = (values.variant ?? [`with=${BUILD_DIRS.chrome}`]).map((spec) => spec.split('=') as [string, string]);
const SIDES = ['without', ...VARIANTS.map(([name]) => name)];
const CATEGORIES = values.categories ?? 'toplevel,v8,blink,loading,navigation,devtools.timeline,disabled-by-default-devtools.timeline,extensions,ipc,mojom,content,renderer_host,browser,blink.user_timing,disabled-by-default-v8.compile';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

async function traceLoad(session: CDPSession, page: Page, fixture: (typeof PAGE_FIXTURES)[number]): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: unknown[] }) => events.push(...(payload.value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await sleep(100);
  await measureLoad(page, fixture);
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', onData);
  return events;
}

/**
 * Self time in ms per "process / thread / event name" key, over complete (X) and B/E events, counted up to the
 * composer-ready mark (the last one, in the frame that holds the composer): what the measured load waited for,
 * or had to share the CPU with.
 */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const readyAt = Math.max(...events.filter((event) => event.name === 'composer-ready').map((event) => event.ts));
  const processNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  const labels = new Map<number, string>();
  for (const event of events) {
    if (event.ph !== 'M') continue;
    if (event.name === 'process_name') processNames.set(event.pid, event.args?.name ?? '?');
    if (event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, (event.args?.name ?? '?').replace(/\d+$/, 'N'));
    if (event.name === 'process_labels') labels.set(event.pid, event.args && 'labels' in event.args ? String((event.args as { labels: string }).labels) : '');
  }
  const byThread = new Map<string, { ts: number; end: number; name: string; cat: string }[]>();
  const open = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    let span: { ts: number; end: number; name: string; cat: string } | undefined;
    if (event.ph === 'X' && event.dur !== undefined) span = { ts: event.ts, end: event.ts + event.dur, name: event.name, cat: event.cat ?? '' };
    else if (event.ph === 'B') (open.get(key) ?? open.set(key, []).get(key)!).push(event);
    else if (event.ph === 'E') {
      const begin = open.get(key)?.pop();
      if (begin) span = { ts: begin.ts, end: event.ts, name: begin.name, cat: begin.cat ?? '' };
    }
    if (span && Number.isFinite(readyAt)) {
      if (span.ts >= readyAt) continue;
      span.end = Math.min(span.end, readyAt);
    }
    if (span) (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(span);
  }
  const totals = new Map<string, number>();
  for (const [key, spans] of byThread) {
    const pid = Number(key.split(':')[0]);
    const processName = processNames.get(pid) ?? '?';
    const prefix = `${processName}${labels.get(pid) ? ' (page)' : ''} / ${threadNames.get(key) ?? '?'}`;
    spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
    // Self time: each span's duration minus that of its direct children.
    const stack: { end: number; name: string; child: number; dur: number }[] = [];
    const close = (until: number) => {
      while (stack.length > 0 && stack[stack.length - 1].end <= until) {
        const done = stack.pop()!;
        const name = `${prefix} / ${done.name}`;
        totals.set(name, (totals.get(name) ?? 0) + (done.dur - done.child) / 1000);
      }
    };
    for (const span of spans) {
      close(span.ts);
      if (stack.length > 0) stack[stack.length - 1].child += Math.min(span.end, stack[stack.length - 1].end) - span.ts;
      stack.push({ end: span.end, name: span.name, child: 0, dur: span.end - span.ts });
    }
    close(Number.POSITIVE_INFINITY);
  }
  return totals;
}

async function main(): Promise<void> {
  const server = await startSiteServer();
  const hosts = AI_SITES.flatMap((site) => site.hosts);
  const benches: Record<string, Bench> = {};
  benches.without = await launchBrowser({ chromiumPath: CHROMIUM_PATH, sitePort: server.port, hosts });
  for (const [name, dir] of VARIANTS) benches[name] = await launchBrowser({ chromiumPath: CHROMIUM_PATH, sitePort: server.port, hosts, extensionDir: dir });
  const sums: Record<string, Map<string, number>> = Object.fromEntries(SIDES.map((side) => [side, new Map<string, number>()]));
  try {
    const pages: Record<string, Page> = {};
    const sessions: Record<string, CDPSession> = {};
    for (const side of SIDES) {
      pages[side] = await benches[side].context.newPage();
      sessions[side] = await benches[side].context.browser()!.newBrowserCDPSession();
    }
    // A warm-up round, then LOADS traced rounds, fixture after fixture as in bench:page.
    for (let round = 0; round <= LOADS; round += 1) {
      for (const fixture of fixtures) {
        for (const side of round % 2 === 0 ? SIDES : [...SIDES].reverse()) {
          await sleep(1500);
          if (round === 0) {
            await measureLoad(pages[side], fixture);
            continue;
          }
          for (const [name, ms] of selfTimes(await traceLoad(sessions[side], pages[side], fixture))) sums[side].set(name, (sums[side].get(name) ?? 0) + ms);
        }
      }
    }
  } finally {
    for (const side of SIDES) await benches[side].close();
    await server.close();
  }
  const loads = LOADS * fixtures.length;
  const names = new Set(SIDES.flatMap((side) => [...sums[side].keys()]));
  const perLoad = (side: string, name: string) => (sums[side].get(name) ?? 0) / loads;
  const rows = [...names]
    .map((name) => ({ name, diff: Math.max(...SIDES.slice(1).map((side) => Math.abs(perLoad(side, name) - perLoad('without', name)))) }))
    .sort((a, b) => b.diff - a.diff)
    .slice(0, Number(values.top));
  console.log(`Self time per load (ms), ${loads} traced loads per browser; events whose self time before composer-ready differs most`);
  console.log(renderTable(['process / thread / event', ...SIDES], rows.map(({ name }) => [name.slice(0, 120), ...SIDES.map((side) => perLoad(side, name).toFixed(2))])));
  const byProcess = (side: string) => {
    const totals = new Map<string, number>();
    for (const [name, ms] of sums[side]) {
      const key = name.split(' / ').slice(0, 2).join(' / ');
      totals.set(key, (totals.get(key) ?? 0) + ms / loads);
    }
    return totals;
  };
  const processes = SIDES.map(byProcess);
  const keys = [...new Set(processes.flatMap((totals) => [...totals.keys()]))].sort((a, b) => (processes[1].get(b) ?? 0) - (processes[1].get(a) ?? 0)).slice(0, 25);
  console.log('\nTraced time per load by process and thread (ms)');
  console.log(renderTable(['process / thread', ...SIDES], keys.map((key) => [key, ...processes.map((totals) => (totals.get(key) ?? 0).toFixed(2))])));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
