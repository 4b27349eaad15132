import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixture';
import { realPaste } from './harness/clipboard';
import { EMAIL_ONLY, FAKE_CARD } from './fake-data';


const env = useChromium();

describe('service worker killed between pastes', () => {
  it('loses no event and duplicates none', async () => {
    const page = await env.session.context.newPage();
    await page.goto('https://chatgpt.com/');
    await realPaste(page, '#prompt-textarea', EMAIL_ONLY);
    const first = await env.session.waitForLog(1);

    await env.session.stopServiceWorker(); // resolves only once Chromium reports the worker stopped

    // The worker is gone; this paste's event must wake it (or be retried until it is back).
    await realPaste(page, '#prompt-textarea', `card ${FAKE_CARD}`);
    const events = await env.session.waitForLog(2);
    expect(events.map((e) => e.action)).toEqual(['log', 'warn']);
    expect(events[0].id).toBe(first[0].id);
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
    await page.close();
  });

  it('delivers a burst of events from several tabs across a worker stop', async () => {
    const before = (await env.session.readLog()).length;
    const pages = await Promise.all(['chatgpt.com', 'claude.ai', 'chat.deepseek.com'].map(async (host) => {
      const page = await env.session.context.newPage();
      await page.goto(`https://${host}/`);
      return page;
    }));
    for (const [i, page] of pages.entries()) {
      await realPaste(page, '#prompt-textarea', EMAIL_ONLY);
      if (i === 1) await env.session.stopServiceWorker();
    }
    const events = (await env.session.waitForLog(before + 3)).slice(before);
    expect(events.map((e) => e.site).sort()).toEqual(['chat.deepseek.com', 'chatgpt.com', 'claude.ai']);
    // Give retries time to run; still exactly three.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await env.session.readLog()).length).toBe(before + 3);
    await Promise.all(pages.map((page) => page.close()));
  });
});

describe('usage log retention', () => {
  it('schedules the daily retention alarm', async () => {
    const worker = await env.session.serviceWorker();
    await expect
      .poll(
        () =>
          worker.evaluate(() => {
            // The worker's own chrome.alarms, typed here for the test only.
            const alarms = (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms;
            return alarms.get('vigie-retention').then((alarm) => alarm?.periodInMinutes ?? null);
          }),
        { timeout: 10_000 },
      )
      .toBe(24 * 60);
  });
});
