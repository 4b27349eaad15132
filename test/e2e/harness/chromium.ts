import { chmod, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { AI_SITES } from '../../../utils/catalog/sites';
import { CHROMIUM_EXTENSION_ID } from '../../../utils/extension-identity';
import type { LogRecord } from '../../../utils/log/record';
import { readLogRecords } from './log-records';

export const CHROMIUM_PATH = process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';

// Flags that keep Chromium quiet on a machine with no network beyond loopback (see PLATFORM.md).
const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Options of a Chromium session. */
export interface ChromiumOptions {
  extensionDir: string;
  /** Port of the local HTTPS server that every catalog host is mapped to. */
  sitePort: number;
  /**
   * Managed policy for the extension, or null for a managed-policy folder with no policy yet. When set
   * (even null), Chromium runs in a private mount namespace where a temporary folder replaces
   * /etc/chromium, so the machine's own policy folder is never touched.
   */
  managedPolicy?: Record<string, unknown> | null;
  headless?: boolean;
  /** Browser UI language (chrome.i18n), e.g. 'fr'. On Linux Chromium reads it from the locale environment. */
  language?: string;
}

/** A running Chromium with the extension loaded. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Replaces the managed policy (Chromium re-reads the folder within seconds). */
  setManagedPolicy(policy: Record<string, unknown> | null): Promise<void>;
  /** The extension's service worker, waiting for it to start if needed. */
  serviceWorker(): Promise<Worker>;
  /** Stops the extension's service worker, as Chromium does to an idle or crashed worker. */
  stopServiceWorker(): Promise<void>;
  /** Opens the popup as a tab. */
  openPopup(): Promise<Page>;
  /** Every record of the usage log (IndexedDB), in seq order. */
  readLog(): Promise<LogRecord[]>;
  /** Waits until the log holds at least `count` records and returns them. */
  waitForLog(count: number, timeoutMs?: number): Promise<LogRecord[]>;
  close(): Promise<void>;
}

async function writePolicy(policyRoot: string, policy: Record<string, unknown> | null): Promise<void> {
  const file = join(policyRoot, 'policies', 'managed', 'vigie.json');
  if (policy === null) {
    await rm(file, { force: true });
    return;
  }
  const tmp = `${file}.tmp`;
  // Write then rename, so Chromium's file watcher never reads a half-written file.
  await writeFile(tmp, JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: policy } } }, null, 2));
  await import('node:fs/promises').then((fs) => fs.rename(tmp, file));
}

/** A wrapper executable that runs Chromium with `policyRoot` mounted over /etc/chromium, privately. */
async function policyWrapper(workDir: string, policyRoot: string): Promise<string> {
  const wrapper = join(workDir, 'chromium-with-policy.sh');
  const unshare = process.getuid?.() === 0 ? 'unshare -m --propagation private' : 'unshare -r -m --propagation private';
  await writeFile(
    wrapper,
    `#!/bin/sh
# Private mount namespace: the bind mount below is seen by this Chromium only, never by the machine.
exec ${unshare} -- /bin/sh -c 'root="$0"; bin="$1"; shift; mount --bind "$root" /etc/chromium && exec "$bin" "$@"' '${policyRoot}' '${CHROMIUM_PATH}' "$@"
`,
  );
  await chmod(wrapper, 0o755);
  return wrapper;
}

/** Launches Chromium with the built extension, every catalog host mapped to the local server. */
export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const workDir = await mkdtemp(join(tmpdir(), 'vigie-chromium-'));
  const policyRoot = join(workDir, 'etc-chromium');
  let executablePath = CHROMIUM_PATH;
  if (options.managedPolicy !== undefined) {
    await mkdir(join(policyRoot, 'policies', 'managed'), { recursive: true });
    await writePolicy(policyRoot, options.managedPolicy);
    executablePath = await policyWrapper(workDir, policyRoot);
  }
  const hosts = AI_SITES.flatMap((site) => site.hosts);
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    ...(options.language ? { locale: options.language, env: { ...process.env, LANGUAGE: options.language, LANG: `${options.language}.UTF-8` } } : {}),
    args: [
      ...QUIET_FLAGS,
      ...(options.language ? [`--lang=${options.language}`] : []),
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1:${options.sitePort}`).join(', ')}`,
    ],
  });

  const extensionId = CHROMIUM_EXTENSION_ID;
  const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`);

  async function serviceWorker(): Promise<Worker> {
    const running = context.serviceWorkers().find(isOurs);
    return running ?? context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  }

  async function readLog(): Promise<LogRecord[]> {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return await readLogRecords(page);
    } finally {
      await page.close();
    }
  }

  return {
    context,
    extensionId,
    setManagedPolicy: (policy) => {
      if (options.managedPolicy === undefined) throw new Error('launch with managedPolicy set to use managed policy');
      return writePolicy(policyRoot, policy);
    },
    serviceWorker,
    async stopServiceWorker() {
      // CDP's ServiceWorker domain, from an extension page of the same origin, stops the worker as
      // Chromium does to an idle one. Playwright keeps a stale Worker handle afterwards, so the stop is
      // confirmed through CDP's own runningStatus updates instead.
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/popup.html`);
        const cdp = await context.newCDPSession(page);
        const stopped = new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('service worker did not stop within 10 s')), 10_000);
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) {
              clearTimeout(timer);
              resolve();
            }
          });
        });
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await stopped;
        await cdp.detach();
      } finally {
        await page.close();
      }
    },
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    readLog,
    async waitForLog(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const events = await readLog();
        if (events.length >= count) return events;
        if (Date.now() > deadline) throw new Error(`expected ${count} events in the log, found ${events.length}: ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async close() {
      await context.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
