import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BUILD_DIRS } from './harness/build';
import { launchFirefox, realPasteFirefox, type FirefoxSession } from './harness/firefox';
import { startSiteServer, type SiteServer } from './harness/site-server';
import { CLEAN_TEXT, FAKE_CARD } from './fake-data';
import type { FixtureState } from './editors-helpers';

/** Paste and typed text at submit in Firefox ESR, on the ProseMirror and textarea fixtures, default policy. */
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

const COMPOSER = '[data-fixture="composer"]';
const DIALOG = 'pierce/[role="alertdialog"]';

function state(page: Page): Promise<FixtureState> {
  return page.evaluate(() => {
    const fixture = (window as unknown as { fixture: import('../fixtures/sites/editors/src/kit').FixtureApi }).fixture;
    return {
      text: fixture.text(),
      canUndo: fixture.canUndo(),
      sendEnabled: fixture.sendEnabled(),
      sends: fixture.sends,
      pastes: fixture.pastes,
      drops: fixture.drops,
      attachments: fixture.attachments.map((attachment) => attachment.chars),
    };
  });
}

async function open(url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { fixture?: { ready: boolean } }).fixture?.ready === true);
  return page;
}

async function choose(page: Page, action: string): Promise<void> {
  await page.waitForSelector(DIALOG, { timeout: 10_000 });
  const button = await page.$(`pierce/[data-action="${action}"]`);
  await button!.click();
  await page.waitForFunction(() => !document.querySelector('vigie-notice'), { timeout: 5_000 });
}

const waitForText = (page: Page, text: string) =>
  page.waitForFunction((expected) => (window as unknown as { fixture: { text(): string } }).fixture.text() === expected, { timeout: 5_000 }, text);

describe.each([
  { name: 'ProseMirror (chatgpt.com)', url: 'https://chatgpt.com/site' },
  { name: 'textarea (copilot.microsoft.com)', url: 'https://copilot.microsoft.com/site' },
])('Firefox ESR, $name', ({ name, url }) => {
  it('lets a clean paste into the model, and stops a card: Cancel leaves nothing, "anyway" inserts it', async () => {
    const page = await open(url);
    await realPasteFirefox(page, COMPOSER, CLEAN_TEXT);
    await waitForText(page, CLEAN_TEXT);
    expect((await state(page)).sendEnabled).toBe(true);
    // Empty the composer through the page's own send, then paste a card.
    await page.keyboard.press('Enter');
    expect((await state(page)).sends.map((sent) => sent.text)).toEqual([CLEAN_TEXT]);

    await realPasteFirefox(page, COMPOSER, `card ${FAKE_CARD}`);
    await choose(page, 'cancel');
    expect(await state(page)).toMatchObject({ text: '', pastes: [{ text: CLEAN_TEXT, html: false }] });

    await realPasteFirefox(page, COMPOSER, `card ${FAKE_CARD}`);
    await choose(page, 'proceed');
    await waitForText(page, `card ${FAKE_CARD}`);
    expect((await state(page)).sendEnabled).toBe(true);
    await page.close();
  });

  it('checks typed text at submit: a card is stopped on Enter, Cancel keeps it, "anyway" sends it', async () => {
    const page = await open(url);
    await page.click(COMPOSER);
    await page.keyboard.type(`refund card ${FAKE_CARD}`);
    await page.keyboard.press('Enter');
    await choose(page, 'cancel');
    expect(await state(page)).toMatchObject({ text: `refund card ${FAKE_CARD}`, sends: [] });

    await page.click(COMPOSER);
    await page.keyboard.press('Enter');
    await choose(page, 'proceed');
    await page.waitForFunction(() => (window as unknown as { fixture: { sends: unknown[] } }).fixture.sends.length === 1, { timeout: 5_000 });
    expect((await state(page)).sends).toEqual([{ via: 'enter', text: `refund card ${FAKE_CARD}`, attachments: [] }]);

    await page.click(COMPOSER);
    await page.keyboard.type('What is the capital of France?');
    const send = await page.$('[data-fixture="send"]');
    await send!.click();
    expect((await state(page)).sends.map((sent) => sent.via)).toEqual(['enter', 'button']);
    await page.close();
  });

  it('sends redacted on request: the masked text is what leaves', async () => {
    const page = await open(url);
    await page.click(COMPOSER);
    await page.keyboard.type(`card ${FAKE_CARD} thanks`);
    await page.keyboard.press('Enter');
    await choose(page, 'redact');
    await page.waitForFunction(() => (window as unknown as { fixture: { sends: unknown[] } }).fixture.sends.length === 1, { timeout: 5_000 });
    expect((await state(page)).sends).toEqual([{ via: 'enter', text: 'card [CREDIT_CARD] thanks', attachments: [] }]);
    await page.close();
  });
});
