/**
 * Measurements for npm run bench:page, taken inside the page so that the driver's own round trips are not
 * counted: the fixture's `composer-ready` mark, the Ctrl+V keydown's timestamp and the editor's last model
 * change (window.fixture.lastChangeAt), and a long-task observer installed before any page script.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-identity';

// The flags the end-to-end harness uses (test/e2e/harness/chromium.ts), for both browsers alike.
const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** One browser of the comparison. */
export interface Bench {
  context: BrowserContext;
  /** The browser's user-data-dir, which names its browser process on the command line. */
  profile: string;
  close(): Promise<void>;
}

/** Long tasks seen on a page. */
export interface LongTasks {
  count: number;
  totalMs: number;
  maxMs: number;
}

/** Launches Chromium, with the extension when `extensionDir` is given, every catalog host mapped to the fixture server. */
export async function launchBrowser(options: { chromiumPath: string; sitePort: number; hosts: readonly string[]; extensionDir?: string }): Promise<Bench> {
  const profile = await mkdtemp(join(tmpdir(), 'vigie-bench-'));
  const extension = options.extensionDir ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`] : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromiumPath,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [...QUIET_FLAGS, ...extension, `--host-resolver-rules=${options.hosts.map((host) => `MAP ${host} 127.0.0.1:${options.sitePort}`).join(', ')}`],
  });
  // Every long task of every page and frame, from before the page's own scripts run.
  await context.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __vigieLongTasks: number[] }).__vigieLongTasks = tasks;
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task support: the figures say 0.
    }
  });
  if (options.extensionDir) {
    const ours = (url: string) => url.startsWith(`chrome-extension://${CHROMIUM_EXTENSION_ID}/`);
    if (!context.serviceWorkers().some((worker) => ours(worker.url()))) await context.waitForEvent('serviceworker', { predicate: (worker) => ours(worker.url()), timeout: 15_000 });
  }
  return {
    context,
    profile,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The long tasks a page (and its frames) saw since the last call, then forgets them. */
export async function takeLongTasks(page: Page): Promise<LongTasks> {
  const all = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() => {
          const tasks = (window as unknown as { __vigieLongTasks?: number[] }).__vigieLongTasks ?? [];
          return tasks.splice(0, tasks.length);
        })
        .catch(() => [] as number[]),
    ),
  );
  const durations = all.flat();
  return { count: durations.length, totalMs: durations.reduce((sum, ms) => sum + ms, 0), maxMs: Math.max(0, ...durations) };
}

async function composerFrame(page: Page, inFrame: boolean | undefined): Promise<Frame> {
  if (!inFrame) return page.mainFrame();
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  return frame;
}

/**
 * Loads a fixture and returns the time from the navigation's start to the composer being ready (the page's
 * `composer-ready` mark, in the iframe for a framed composer), with the long tasks of the load.
 */
export async function measureLoad(page: Page, fixture: { url: string; inFrame?: boolean }): Promise<{ ms: number; longTasks: LongTasks }> {
  await page.goto(fixture.url);
  const frame = await composerFrame(page, fixture.inFrame);
  await frame.waitForFunction(() => performance.getEntriesByName('composer-ready').length > 0);
  const ms = await frame.evaluate(() => {
    const mark = performance.getEntriesByName('composer-ready')[0];
    // In an iframe, measured from the top page's navigation start.
    return performance.timeOrigin + mark.startTime - window.top!.performance.timeOrigin;
  });
  return { ms, longTasks: await takeLongTasks(page) };
}

/** A fixture page kept open for repeated pastes. */
export interface OpenFixture {
  page: Page;
  frame: Frame;
  clipboardSize: number;
}

/** Opens a fixture for paste timing: clipboard access granted, a keydown clock installed. */
export async function openFixture(bench: Bench, fixture: { url: string; inFrame?: boolean }): Promise<OpenFixture> {
  const page = await bench.context.newPage();
  await page.goto(fixture.url);
  await bench.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(fixture.url).origin });
  const frame = await composerFrame(page, fixture.inFrame);
  await frame.waitForFunction(() => (window as unknown as { fixture?: { ready: boolean } }).fixture?.ready === true);
  await frame.evaluate(() => {
    // The clock starts when the browser stamped the Ctrl+V keydown (before any listener, Vigie's included).
    window.addEventListener('keydown', (event) => {
      if (event.key.toLowerCase() === 'v' && (event.ctrlKey || event.metaKey)) (window as unknown as { __vigiePasteKeyAt: number }).__vigiePasteKeyAt = event.timeStamp;
    }, true);
  });
  return { page, frame, clipboardSize: 0 };
}

function cleanText(size: number): string {
  const sentence = 'The quarterly roadmap review covers onboarding, search quality and the mobile release train. ';
  return sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size - 1) + '.';
}

/**
 * Pastes a clean text of `size` characters with a real Ctrl+V into the emptied composer and returns the time
 * from the keydown to the editor's model holding all of it.
 */
export async function measurePaste(opened: OpenFixture, size: number): Promise<number> {
  const { page, frame } = opened;
  if (opened.clipboardSize !== size) {
    await page.evaluate((text) => navigator.clipboard.writeText(text), cleanText(size));
    opened.clipboardSize = size;
  }
  await frame.evaluate(() => (window as unknown as { fixture: { reset(): void } }).fixture.reset());
  await frame.locator('[data-fixture="composer"]').focus();
  await page.keyboard.press('Control+V');
  await frame.waitForFunction((expected) => (window as unknown as { fixture: { text(): string } }).fixture.text().length === expected, size, { polling: 'raf' });
  return frame.evaluate(() => {
    const w = window as unknown as { fixture: { lastChangeAt: number }; __vigiePasteKeyAt: number };
    return w.fixture.lastChangeAt - w.__vigiePasteKeyAt;
  });
}

/** The main-thread time the extension's scripts took while a page loaded, from a Chromium trace. */
export interface ScriptCost {
  /** Script evaluation (the content script's bundle and its start-up) before the composer was ready, in ms. */
  evaluateMs: number;
  /** Calls into the extension's listeners and callbacks before the composer was ready, in ms. */
  callbacksMs: number;
  /** The extension's main-thread time after the composer was ready, within the `afterMs` the trace kept running. */
  laterMs: number;
  /** The page's own time to composer ready during that traced load, in ms (tracing slows it a little). */
  loadMs: number;
}

interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/**
 * Loads a fixture with a DevTools trace running and sums the main-thread time of events attributed to a
 * chrome-extension:// script (evaluation, listeners, callbacks; every frame), split at the page's
 * composer-ready mark: what the load waited for, and what the extension did in the `afterMs` after it (work
 * deferred to idle time). The direct cost of the content script, free of the noise that whole-page timings
 * carry on a shared machine.
 *
 * Load the fixtures in turn (not one fixture again and again): a page of another site gets a new renderer
 * process, whose V8 has compiled nothing yet, as on a real visit; a reload of the same site reuses the process
 * and its compiled code, and costs a fraction.
 */
export async function measureScriptCost(page: Page, fixture: { url: string; inFrame?: boolean }, afterMs = 2000): Promise<ScriptCost> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (payload) => events.push(...(payload.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  const { ms } = await measureLoad(page, fixture);
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const ready = events.find((event) => event.name === 'composer-ready')?.ts ?? Number.POSITIVE_INFINITY;
  const ours = (event: TraceEvent) => event.dur !== undefined && (event.args?.data?.url ?? '').startsWith('chrome-extension://');
  const sum = (names: string[], when: (event: TraceEvent) => boolean) =>
    events.filter((event) => names.includes(event.name) && ours(event) && when(event)).reduce((total, event) => total + event.dur! / 1000, 0);
  const before = (event: TraceEvent) => event.ts < ready;
  return {
    evaluateMs: sum(['EvaluateScript'], before),
    callbacksMs: sum(['FunctionCall'], before),
    laterMs: sum(['EvaluateScript', 'FunctionCall'], (event) => !before(event)),
    loadMs: ms,
  };
}
