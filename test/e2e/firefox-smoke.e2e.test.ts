import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIRS } from './harness/build';
import { launchFirefox, realPasteFirefox, type FirefoxSession } from './harness/firefox';
import { startSiteServer, type SiteServer } from './harness/site-server';
import { CARD_AND_EMAIL, CLEAN_TEXT } from './fake-data';

let server: SiteServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startSiteServer();
  session = await launchFirefox({ extensionDir: BUILD_DIRS.firefox, sitePort: server.port });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox ESR smoke test', () => {
  it('the Firefox build carries the gecko id and the managed schema', async () => {
    const manifest = JSON.parse(await readFile(`${BUILD_DIRS.firefox}/manifest.json`, 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('vigie@vigie-project.org');
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });

  it('catches a card number pasted on a mapped AI host, and leaves a clean paste alone', async () => {
    const page = await session.browser.newPage();
    await page.goto('https://chatgpt.com/');
    expect(page.url()).toBe('https://chatgpt.com/');

    await realPasteFirefox(page, '#prompt-textarea', CARD_AND_EMAIL);
    await page.waitForSelector('pierce/[role="alertdialog"]', { timeout: 10_000 });
    const notice = await page.$eval('pierce/[role="alertdialog"]', (element) => element.textContent ?? '');
    expect(notice).toContain('Payment card number (1)');
    expect(await page.$eval('#prompt-textarea', (element) => (element as HTMLTextAreaElement).value)).toBe('');
    expect(await page.evaluate(() => (window as unknown as { pagePastes: unknown[] }).pagePastes)).toEqual([]);

    const cancel = await page.$('pierce/[data-action="cancel"]');
    await cancel!.click();
    await page.waitForFunction(() => !document.querySelector('vigie-notice'), { timeout: 5_000 });

    await realPasteFirefox(page, '#rich-composer', CLEAN_TEXT);
    await page.waitForFunction((text) => document.getElementById('rich-composer')?.textContent === text, { timeout: 5_000 }, CLEAN_TEXT);
    await page.close();
  });
});
