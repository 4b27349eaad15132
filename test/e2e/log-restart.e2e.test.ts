import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AI_SITES } from '../../utils/catalog/sites';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-identity';
import { verifyChain } from '../../utils/log/chain';
import { parseExport } from '../../utils/log/import-export';
import type { LogRecord } from '../../utils/log/record';
import { BUILD_DIRS } from './harness/build';
import { CHROMIUM_PATH } from './harness/chromium';
import { realPaste } from './harness/clipboard';
import { startSiteServer, type SiteServer } from './harness/site-server';
import { EMAIL_ONLY } from './fake-data';

// The harness gives each session a fresh profile; a restart needs the same profile twice, so this file
// launches Chromium itself with the harness's flags and keeps the user-data-dir between the two runs.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
let server: SiteServer;
let profile: string;

async function launch(): Promise<BrowserContext> {
  const hosts = AI_SITES.flatMap((site) => site.hosts);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      ...FLAGS,
      `--disable-extensions-except=${BUILD_DIRS.chrome}`,
      `--load-extension=${BUILD_DIRS.chrome}`,
      `--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`).join(', ')}`,
    ],
  });
  const ours = (url: string) => url.startsWith(`chrome-extension://${CHROMIUM_EXTENSION_ID}/`);
  if (!context.serviceWorkers().some((worker) => ours(worker.url()))) await context.waitForEvent('serviceworker', { predicate: (worker) => ours(worker.url()), timeout: 15_000 });
  return context;
}

/** The records of the log, read from the extension's IndexedDB in one of its pages. */
async function readLog(context: BrowserContext): Promise<LogRecord[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${CHROMIUM_EXTENSION_ID}/popup.html`);
  const records = await page.evaluate(
    () =>
      new Promise<LogRecord[]>((resolve, reject) => {
        const open = indexedDB.open('vigie-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAll();
          request.onsuccess = () => resolve(request.result as LogRecord[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
  await page.close();
  return records;
}

async function waitForLog(context: BrowserContext, count: number): Promise<LogRecord[]> {
  for (let i = 0; i < 75; i++) {
    const records = await readLog(context);
    if (records.length >= count) return records;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the log did not reach ${count} records`);
}

beforeAll(async () => {
  server = await startSiteServer();
  profile = await mkdtemp(join(tmpdir(), 'vigie-restart-'));
});
afterAll(async () => {
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

describe('browser restarted', () => {
  it('keeps the records, the chain and the day\'s visits across a Chromium restart with the same profile', async () => {
    let context = await launch();
    const chat = await context.newPage();
    await chat.goto('https://chatgpt.com/');
    await realPaste(chat, '#prompt-textarea', EMAIL_ONLY);
    const visit = await context.newPage();
    await visit.goto('https://gemini.google.com/');
    const before = await waitForLog(context, 1);
    // The day's visits are counted (not yet chained) before the browser goes.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${CHROMIUM_EXTENSION_ID}/popup.html`);
    await expect.poll(() => popup.locator('[data-period="today"] [data-site="gemini.google.com"]').count(), { timeout: 10_000 }).toBe(1);
    await context.close();

    context = await launch();
    expect(await readLog(context)).toEqual(before);
    const again = await context.newPage();
    await again.goto('https://chatgpt.com/');
    await realPaste(again, '#prompt-textarea', EMAIL_ONLY);
    const after = await waitForLog(context, 2);
    expect(after[1].seq).toBe(2);
    expect(after[1].prevHash).toBe(before[0].hash);

    const reopened = await context.newPage();
    await reopened.goto(`chrome-extension://${CHROMIUM_EXTENSION_ID}/popup.html`);
    expect(await reopened.locator('[data-period="today"] [data-site="gemini.google.com"]').innerText()).toContain('visits: 1');
    const [file] = await Promise.all([reopened.waitForEvent('download'), reopened.locator('[data-export="json"]').click()]);
    const { readFile } = await import('node:fs/promises');
    const parsed = await parseExport(file.suggestedFilename(), await readFile((await file.path())!, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    // Visits counted before and after the restart add up: chatgpt.com was opened once in each session.
    expect(parsed.records.map((r) => [r.kind, r.site, r.visit?.visits])).toEqual([
      ['paste', 'chatgpt.com', undefined],
      ['paste', 'chatgpt.com', undefined],
      ['visit', 'chatgpt.com', 2],
      ['visit', 'gemini.google.com', 1],
    ]);
    expect((await verifyChain(parsed.records)).ok).toBe(true);
    await context.close();
  });
});
