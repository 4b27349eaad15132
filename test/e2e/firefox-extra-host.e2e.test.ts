import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { renderPolicy } from '../../utils/policy/render';
import { BUILD_DIRS } from './harness/build';
import { launchFirefox, openExtensionPage, realPasteFirefox, type FirefoxSession } from './harness/firefox';
import { startSiteServer, type SiteServer } from './harness/site-server';
import { CARD_AND_EMAIL, CLEAN_TEXT } from './fake-data';

/** A host the catalog does not know, which the organization's policy adds as an AI site. */
const EXTRA_HOST = 'chat.intranet-ai.test';

const POLICY = {
  policyVersion: 'firefox-extra-host-1',
  mode: 'enforce',
  sites: [{ match: EXTRA_HOST, status: 'tolerated', name: 'Intranet AI' }],
  rules: [{ id: 'warn-cards', types: ['pii.credit_card'], action: 'warn' }],
};

let server: SiteServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startSiteServer();
  const policies = JSON.parse(renderPolicy('firefox', POLICY)) as Record<string, unknown>;
  session = await launchFirefox({
    extensionDir: BUILD_DIRS.firefox,
    sitePort: server.port,
    policies,
    extraHosts: [EXTRA_HOST],
    // Firefox grants optional permissions asked for from a click without its prompt (the employee's "Allow").
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens the policy-added host's chat page and pastes `text` into its composer. */
async function pasteOnExtraHost(page: Page, text: string): Promise<void> {
  await page.goto(`https://${EXTRA_HOST}/`);
  expect(page.url()).toBe(`https://${EXTRA_HOST}/`);
  await realPasteFirefox(page, '#prompt-textarea', text);
}

const composerValue = (page: Page) => page.$eval('#prompt-textarea', (element) => (element as HTMLTextAreaElement).value);

describe('a host the policy adds beyond the catalog (Firefox ESR, managed policy)', () => {
  it('is not guarded before the employee grants access, and is guarded after the grant in the options page', async () => {
    // Before the grant: no content script runs there, so the card reaches the page (the gap the grant closes).
    const before = await session.browser.newPage();
    await pasteOnExtraHost(before, CARD_AND_EMAIL);
    await before.waitForFunction(() => (document.querySelector('#prompt-textarea') as HTMLTextAreaElement).value.length > 0, { timeout: 10_000 });
    expect(await composerValue(before)).toBe(CARD_AND_EMAIL);
    expect(await before.$('pierce/[role="alertdialog"]')).toBeNull();
    await before.close();

    // The options page lists the host as waiting for access; the employee grants it.
    const options = await openExtensionPage(session.browser, 'options.html');
    const pattern = `https://${EXTRA_HOST}/*`;
    await options.waitForSelector(`[data-testid="host-access"] li[data-pattern="${pattern}"][data-granted="false"]`, { timeout: 20_000 });
    await options.click('[data-testid="hosts-grant"]');
    await options.waitForSelector(`[data-testid="host-access"] li[data-pattern="${pattern}"][data-granted="true"]`, { timeout: 10_000 });
    await options.close();

    // The background registers the early guard there, which brings the guard: a card is stopped and warned.
    // The registration follows the grant asynchronously (permissions.onAdded): reload until it is in place.
    const page = await session.browser.newPage();
    const deadline = Date.now() + 20_000;
    let notice: string | null = null;
    while (notice === null && Date.now() < deadline) {
      await pasteOnExtraHost(page, CARD_AND_EMAIL);
      notice = await page
        .waitForSelector('pierce/[role="alertdialog"]', { timeout: 3_000 })
        .then(() => page.$eval('pierce/[role="alertdialog"]', (element) => element.getAttribute('data-vigie-action')))
        .catch(() => null);
    }
    expect(notice).toBe('warn');
    expect(await page.$eval('pierce/[role="alertdialog"]', (element) => element.textContent ?? '')).toContain('Payment card number (1)');
    expect(await composerValue(page)).toBe('');
    expect(await page.evaluate(() => (window as unknown as { pagePastes: unknown[] }).pagePastes)).toEqual([]);
    await (await page.$('pierce/[data-action="cancel"]'))!.click();

    // Clean text still goes through untouched.
    await pasteOnExtraHost(page, CLEAN_TEXT);
    await page.waitForFunction(() => (document.querySelector('#prompt-textarea') as HTMLTextAreaElement).value.length > 0, { timeout: 10_000 });
    expect(await composerValue(page)).toBe(CLEAN_TEXT);
    expect(await page.$('pierce/[role="alertdialog"]')).toBeNull();
    await page.close();
  }, 90_000);
});
