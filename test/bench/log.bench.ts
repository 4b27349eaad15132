/**
 * Usage log benchmark (`npm run bench:log`), ratios measured in one run:
 * 1. the popup's first render with 100,000 records against 100 records (target: at most 1.5x);
 * 2. append throughput with 10 tabs sending at once: batched (the background's group commit) against one
 *    transaction per event;
 * 3. export of 100,000 records (JSON, NDJSON, CSV), against 10,000 (per record), and the longest stretch the
 *    export keeps the event loop busy (the popup must not freeze);
 * 4. the report page's loading of 50 exports of 10,000 records (parse, verify, merge, summarize), against one.
 *
 * It runs in Node on fake-indexeddb, with the popup rendered by Preact into a happy-dom document: the same
 * code, the same indexes and cursors, on a machine without a display. The ratios are what the issue asks for,
 * and fake-indexeddb keeps its records in sorted trees, so a read that walks the log instead of seeking an
 * index shows up as a ratio far above 1; real Chromium adds its own costs (LevelDB, process hops) to both sides.
 * Timings are printed, never asserted: the process fails only if something throws.
 */
import './log-env';
import { IDBFactory } from 'fake-indexeddb';
import { h, render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { chainRecords } from '../../utils/log/chain';
import { exportLogFile } from '../../utils/log/export-file';
import { exportHeader, ndjsonExportChunks } from '../../utils/log/export-formats';
import { createLogService } from '../../utils/log/log-service';
import { openLogStore, type AppendContext } from '../../utils/log/log-store';
import { mergeExports } from '../../utils/log/merge-exports';
import { GENESIS_HASH, recordFromEvent, type LogRecord } from '../../utils/log/record';
import { summarize as summarizeReport } from '../../utils/log/report-summary';
import type { UsageEvent } from '../../utils/messaging';
import type { KeyValueArea } from '../../utils/storage-area';
import { loadExportFiles } from '../../utils/report/load-files';
import { machineContext } from './report';
import { formatMs, formatRatio, quantile, renderTable } from './stats';

const context: AppendContext = { extensionVersion: '0.2.0', identity: { mode: 'pseudonymous', id: 'bench-user-0001' }, orgLabel: 'Bench' };
const SITES = ['chatgpt.com', 'claude.ai', 'gemini.google.com', 'chat.mistral.ai', 'chat.deepseek.com', 'www.perplexity.ai'];
const ACTIONS = ['log', 'warn', 'block', 'allow'] as const;
const DAY = 86_400_000;

/** A deterministic event: one of six sites, every action, times spread over `spanDays` before `now`. */
function event(i: number, count: number, now: number, spanDays = 30, prefix = 'bench'): UsageEvent {
  const action = ACTIONS[i % ACTIONS.length];
  return {
    id: `${prefix}-${String(i).padStart(8, '0')}`,
    time: now - spanDays * DAY + Math.floor((i * spanDays * DAY) / count),
    site: SITES[i % SITES.length],
    kind: 'paste',
    size: 40 + (i % 500),
    findings: [{ type: i % 3 === 0 ? 'secret.github_token' : 'pii.email', count: 1 + (i % 4) }],
    action,
    outcome: action === 'warn' || action === 'block' ? 'stopped' : 'allowed',
    ruleId: 'bench-rule',
    policySource: 'managed',
    policyMode: 'enforce',
    policyVersion: 'bench-1',
  };
}

/** Uses a fresh, empty fake IndexedDB from now on (each log size gets its own database). */
function freshIndexedDb(): IDBFactory {
  const factory = new IDBFactory();
  (globalThis as { indexedDB: IDBFactory }).indexedDB = factory;
  return factory;
}

function useIndexedDb(factory: IDBFactory): void {
  (globalThis as { indexedDB: IDBFactory }).indexedDB = factory;
}

/** Fills a log with `count` events through the store's own append, 2,000 per transaction. */
async function filledLog(count: number, now: number): Promise<IDBFactory> {
  const factory = freshIndexedDb();
  const store = await openLogStore(context, { now: () => now });
  for (let start = 0; start < count; start += 2000) {
    await store.append(
      Array.from({ length: Math.min(2000, count - start) }, (_, i) => event(start + i, count, now)),
      context,
    );
  }
  store.close();
  return factory;
}

function section(title: string): void {
  console.log(`\n== ${title} ==`);
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Renders the popup and waits until its first screen is complete: status, glance, first page, total. */
async function firstRender(expectedItems: number): Promise<number> {
  const container = document.createElement('div');
  document.body.append(container);
  const started = performance.now();
  render(
    h(PopupApp, {
      loadPolicy: async () => undefined,
      watchPolicy: () => () => undefined,
      openLog: () => openLogStore(),
      extensionVersion: '0.2.0',
    }),
    container,
  );
  for (;;) {
    const items = container.querySelectorAll('[data-testid="event-list"] li').length;
    if (items === expectedItems && container.querySelector('[data-testid="glance"]') && container.querySelector('.pager .count')) break;
    if (performance.now() - started > 60_000) throw new Error('the popup did not render within a minute');
    await nextTick();
  }
  const elapsed = performance.now() - started;
  render(null, container);
  container.remove();
  return elapsed;
}

async function benchPopup(now: number): Promise<{ verdicts: string[]; large: IDBFactory }> {
  section('popup first render (status, today and 7 days, stopped today, first page of 20, total)');
  const small = await filledLog(100, now);
  const fillStart = performance.now();
  const large = await filledLog(100_000, now);
  console.log(`(100,000 records appended in ${formatMs(performance.now() - fillStart)} ms, 2,000 per transaction)`);
  const samples = { small: [] as number[], large: [] as number[] };
  // Interleaved, after a warm-up of each, so both sizes see the same machine state.
  for (let run = 0; run < 23; run++) {
    for (const [size, factory] of [['small', small], ['large', large]] as const) {
      useIndexedDb(factory);
      const elapsed = await firstRender(20);
      if (run >= 3) samples[size].push(elapsed);
    }
  }
  const p50 = { small: quantile(samples.small, 0.5), large: quantile(samples.large, 0.5) };
  console.log(
    renderTable(
      ['records', 'runs', 'p50 ms', 'p90 ms'],
      [
        ['100', String(samples.small.length), formatMs(p50.small), formatMs(quantile(samples.small, 0.9))],
        ['100,000', String(samples.large.length), formatMs(p50.large), formatMs(quantile(samples.large, 0.9))],
      ],
    ),
  );
  const ratio = p50.large / p50.small;
  const verdict = `popup first render, 100,000 vs 100 records: ${formatRatio(ratio)} (target at most 1.5x: ${ratio <= 1.5 ? 'PASS' : 'MISS'})`;
  console.log(verdict);
  return { verdicts: [verdict], large };
}

/** A storage.local stand-in for the log service (the policy state is absent: the built-in defaults apply). */
function memoryArea(): KeyValueArea {
  const items: Record<string, unknown> = {};
  return {
    get: async (keys) => (typeof keys === 'string' ? (keys in items ? { [keys]: items[keys] } : {}) : { ...items }),
    set: async (values) => void Object.assign(items, values),
  };
}

/**
 * Ten tabs send `perTab` events each through the background's log service (sender checks, policy context,
 * batching, store), all at once as the content script's queue does (it sends each event without waiting
 * for the previous ack). Returns events acknowledged per second and the transactions used.
 */
async function tenTabs(perTab: number, now: number, maxBatch: number): Promise<{ rate: number; transactions: number }> {
  freshIndexedDb();
  let transactions = 0;
  const service = createLogService({
    extensionId: 'bench',
    extensionVersion: '0.2.0',
    extensionOrigin: 'chrome-extension://bench',
    local: memoryArea(),
    now: () => now,
    batch: { maxBatch },
    async openStore(writer) {
      const store = await openLogStore(writer, { now: () => now });
      return { ...store, append: (events, appendContext) => (transactions++, store.append(events, appendContext)) };
    },
  });
  const started = performance.now();
  const acks = await Promise.all(
    Array.from({ length: 10 }, (_, tab) =>
      Promise.all(
        Array.from({ length: perTab }, (_, i) => {
          const e = { ...event(tab * perTab + i, 10 * perTab, now, 1, `tab${tab}`), site: SITES[tab % SITES.length] };
          return service.receive({ type: 'content->bg:event', event: e }, { id: 'bench', url: `https://${e.site}/c/1`, tab: { id: tab }, frameId: 0 });
        }),
      ),
    ),
  );
  const elapsed = performance.now() - started;
  if (!acks.flat().every((ack) => (ack as { ok?: boolean }).ok)) throw new Error('an event was not acknowledged');
  return { rate: (10 * perTab) / (elapsed / 1000), transactions };
}

async function benchAppend(now: number): Promise<string[]> {
  section('append throughput, 10 tabs sending 300 events each at once, every event acknowledged once stored');
  const perTab = 300;
  let batched = { rate: 0, transactions: 0 };
  let single = { rate: 0, transactions: 0 };
  // The first round warms up; the second is measured.
  for (let round = 0; round < 2; round++) {
    batched = await tenTabs(perTab, now, 200);
    single = await tenTabs(perTab, now, 1);
  }
  console.log(
    renderTable(
      ['writer', 'events/s', 'transactions'],
      [
        ['batched (group commit, up to 200)', String(Math.round(batched.rate)), String(batched.transactions)],
        ['one transaction per event', String(Math.round(single.rate)), String(single.transactions)],
      ],
    ),
  );
  const verdict = `append throughput with 10 tabs: ${Math.round(batched.rate)} events/s batched, ${formatRatio(batched.rate / single.rate)} one transaction per event (${batched.transactions} transactions for 3,000 events)`;
  console.log(verdict);
  return [verdict];
}

/** Runs `task` while measuring the longest time the event loop could not run a callback. */
async function withLongestBlock<T>(task: () => Promise<T>): Promise<{ result: T; ms: number; longestBlockMs: number }> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const probe = () => {
    const time = performance.now();
    longest = Math.max(longest, time - last);
    last = time;
    if (running) setImmediate(probe);
  };
  setImmediate(probe);
  const started = performance.now();
  const result = await task();
  const ms = performance.now() - started;
  running = false;
  return { result, ms, longestBlockMs: longest };
}

async function benchExport(now: number, largeFactory: IDBFactory): Promise<string[]> {
  section('export of the log (records read a page at a time, written as chunks into a Blob)');
  useIndexedDb(largeFactory);
  const large = await openLogStore();
  if ((await large.count()) !== 100_000) throw new Error('the export bench needs the 100,000-record log');
  const smallFactory = await filledLog(10_000, now);
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const format of ['json', 'ndjson', 'csv'] as const) {
    useIndexedDb(smallFactory);
    const small = await openLogStore();
    const ten = await withLongestBlock(() => exportLogFile(small, format, { ...context, now }));
    small.close();
    const hundred = await withLongestBlock(() => exportLogFile(large, format, { ...context, now }));
    rows.push([
      format,
      formatMs(ten.ms),
      formatMs(hundred.ms),
      `${(hundred.result.blob.size / 1024 / 1024).toFixed(1)} MB`,
      formatRatio(hundred.ms / 10 / ten.ms),
      formatMs(hundred.longestBlockMs),
    ]);
    verdicts.push(`export of 100,000 records (${format}): ${formatMs(hundred.ms)} ms, ${formatRatio(hundred.ms / 10 / ten.ms)} the per-record cost of 10,000, longest event-loop block ${formatMs(hundred.longestBlockMs)} ms`);
  }
  large.close();
  console.log(renderTable(['format', '10,000 ms', '100,000 ms', 'size', 'per-record ratio', 'longest block ms'], rows));
  console.log('* the longest time the event loop could not run a callback during the export; in this process it includes');
  console.log('  garbage collection of a heap that also holds the whole fake database, which a popup does not.');
  for (const verdict of verdicts) console.log(verdict);
  return verdicts;
}

async function benchReport(now: number): Promise<string[]> {
  section('report page loading 50 exports of 10,000 records (parse, verify the chain, merge, summarize)');
  const made = performance.now();
  const files: { name: string; text: () => Promise<string> }[] = [];
  // Fifty anonymous installs (each counts as one person) with the same 10,000 records: the chain does not
  // cover the install id, so one chain serves every file, and the report still verifies all 500,000.
  const identity = { mode: 'anonymous' } as const;
  const records: LogRecord[] = await chainRecords(
    GENESIS_HASH,
    Array.from({ length: 10_000 }, (_, i) => recordFromEvent(event(i, 10_000, now), { seq: i + 1, extensionVersion: '0.2.0', identity })),
  );
  for (let install = 0; install < 50; install++) {
    const installId = `install-${String(install).padStart(4, '0')}-bench`;
    const header = exportHeader({ installId, extensionVersion: '0.2.0', exportedAt: now, identity }, { recordCount: records.length, firstSeq: 1, lastSeq: records.length, chainHead: records[records.length - 1].hash });
    let text = '';
    for await (const chunk of ndjsonExportChunks(header, records)) text += chunk;
    files.push({ name: `${installId}.ndjson`, text: async () => text });
  }
  console.log(`(50 exports made in ${formatMs(performance.now() - made)} ms)`);
  const load = async (subset: typeof files) => {
    const { loaded, rejected } = await loadExportFiles(subset);
    if (rejected.length > 0) throw new Error(rejected[0].error);
    const merged = mergeExports(loaded);
    return summarizeReport(merged.records);
  };
  const one = await withLongestBlock(() => load(files.slice(0, 1)));
  const all = await withLongestBlock(() => load(files));
  if (all.result.events !== 500_000 || all.result.users !== 50) throw new Error(`the report counted ${all.result.events} events and ${all.result.users} people`);
  console.log(
    renderTable(
      ['exports', 'records', 'ms', 'longest block ms'],
      [
        ['1', '10,000', formatMs(one.ms), formatMs(one.longestBlockMs)],
        ['50', '500,000', formatMs(all.ms), formatMs(all.longestBlockMs)],
      ],
    ),
  );
  const verdict = `report loading 50 exports of 10,000 records: ${formatMs(all.ms)} ms, ${formatRatio(all.ms / 50 / one.ms)} the per-file cost of one (500,000 events, 50 people counted)`;
  console.log(verdict);
  return [verdict];
}

async function main(): Promise<void> {
  console.log('Vigie usage log benchmark (fake-indexeddb + happy-dom in Node; see the file header for why)');
  console.log(machineContext());
  const now = Date.now();
  const popup = await benchPopup(now);
  const verdicts = [...popup.verdicts, ...(await benchAppend(now)), ...(await benchExport(now, popup.large)), ...(await benchReport(now))];
  section('summary');
  for (const verdict of verdicts) console.log(`- ${verdict}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
