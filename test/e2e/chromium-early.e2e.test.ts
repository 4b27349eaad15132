import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/fixture';
import { composerText, pagePastes, realPaste } from './harness/clipboard';
import { CARD_AND_EMAIL, CLEAN_TEXT, ENV_WITH_TOKEN, FAKE_CARD } from './fake-data';

/**
 * The guard (with the detection engine) runs once the page is idle, so that it does not delay the page's own
 * scripts; from document_start until then, the early guard holds back what reaches the page and has the guard
 * judge it when it starts. These pages stay loading (a script at the end of the body takes 8 s to arrive) while
 * the user already pastes, types and sends, as on a slow connection: the built-in policy still applies, and
 * what it allows still arrives.
 */
const env = useChromium();

const SLOW_MS = 8000;

type Send = { from: string; via: string; text: string };
type Received = { via: string; name: string; text: string };
const pageSends = (page: Page) => page.evaluate(() => (window as unknown as { pageSends: Send[] }).pageSends);
const pageFiles = (page: Page) => page.evaluate(() => (window as unknown as { pageFiles: Received[] }).pageFiles);
/** Whether each paste and Enter the composer received was the user's (trusted) or Vigie's own, handed on after it was held. */
const trusted = (page: Page) => page.evaluate(() => (window as unknown as { trusted: { paste: boolean[]; enter: boolean[] } }).trusted);
const stillLoading = (page: Page) => page.evaluate(() => document.readyState === 'loading' && !(window as unknown as { slowScriptRan?: boolean }).slowScriptRan);

/** Opens the chat page and returns while it is still loading: its composers and its own script are there. */
async function openLoading(): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(`https://chatgpt.com/?slow=${SLOW_MS}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => Array.isArray((window as unknown as { pageFiles?: unknown }).pageFiles));
  await page.evaluate(() => {
    const record = { paste: [] as boolean[], enter: [] as boolean[] };
    (window as unknown as { trusted: typeof record }).trusted = record;
    const composer = document.getElementById('prompt-textarea')!;
    composer.addEventListener('paste', (event) => record.paste.push(event.isTrusted));
    composer.addEventListener('keydown', (event) => event.key === 'Enter' && record.enter.push(event.isTrusted));
  });
  expect(await stillLoading(page)).toBe(true);
  return page;
}

describe('content that reaches a page before the guard has started (the page still loading)', () => {
  it('lets a clean paste into the composer once judged, and logs nothing', async () => {
    const before = (await env.session.readLog()).length;
    const page = await openLoading();
    await realPaste(page, '#prompt-textarea', CLEAN_TEXT);
    await expect.poll(() => composerText(page, '#prompt-textarea')).toBe(CLEAN_TEXT);
    // The page took the text as a paste (the guard hands held text back as one), and it was all early.
    expect((await pagePastes(page)).map((paste) => paste.text)).toEqual([CLEAN_TEXT]);
    // Not the user's paste (held), but Vigie's, once the guard allowed it.
    expect((await trusted(page)).paste).toEqual([false]);
    expect(await stillLoading(page)).toBe(true);
    expect(await env.session.readLog()).toHaveLength(before);
    await page.close();
  });

  it('stops a card pasted meanwhile with the warning: Cancel leaves nothing, and the stop is logged', async () => {
    const before = (await env.session.readLog()).length;
    const page = await openLoading();
    await realPaste(page, '#prompt-textarea', CARD_AND_EMAIL);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('Payment card number (1)');
    expect(await stillLoading(page)).toBe(true);
    await dialog.locator('[data-action="cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await composerText(page, '#prompt-textarea')).toBe('');
    expect(await pagePastes(page)).toEqual([]);
    const events = await env.session.waitForLog(before + 1);
    expect(events.slice(before).map((event) => [event.kind, event.action, event.outcome, event.ruleId])).toEqual([['paste', 'warn', 'stopped', 'payment-cards']]);
    await page.close();
  });

  it('holds Enter on a typed card until the guard judged it; "anyway" then sends it once', async () => {
    const before = (await env.session.readLog()).length;
    const page = await openLoading();
    await page.locator('#prompt-textarea').pressSequentially(`card ${FAKE_CARD}`);
    await page.keyboard.press('Enter');
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await pageSends(page)).toEqual([]);
    await dialog.locator('[data-action="proceed"]').click();
    await expect.poll(() => pageSends(page)).toEqual([{ from: 'prompt-textarea', via: 'enter', text: `card ${FAKE_CARD}` }]);
    expect(await stillLoading(page)).toBe(true);
    const events = await env.session.waitForLog(before + 2);
    expect(events.slice(before).map((event) => [event.kind, event.outcome])).toEqual([['submit', 'stopped'], ['submit', 'overridden']]);
    await page.close();
  });

  it('sends a clean message held with Enter as soon as the guard let it through', async () => {
    const page = await openLoading();
    await page.locator('#prompt-textarea').pressSequentially(CLEAN_TEXT);
    await page.keyboard.press('Enter');
    await expect.poll(() => pageSends(page)).toEqual([{ from: 'prompt-textarea', via: 'enter', text: CLEAN_TEXT }]);
    expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
    // Not the user's Enter (held), but Vigie's replay, once the guard allowed the text.
    expect((await trusted(page)).enter).toEqual([false]);
    await page.close();
  });

  it('judges a file chosen meanwhile: a .env holding a token is stopped, a clean file is delivered', async () => {
    const page = await openLoading();
    await page.setInputFiles('#attach', { name: 'deploy.env', mimeType: 'text/plain', buffer: Buffer.from(ENV_WITH_TOKEN) });
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.locator('[data-action="cancel"]').click();
    expect(await pageFiles(page)).toEqual([]);
    await page.setInputFiles('#attach', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(CLEAN_TEXT) });
    await expect.poll(() => pageFiles(page)).toEqual([{ via: 'input', name: 'notes.txt', text: CLEAN_TEXT }]);
    expect(await stillLoading(page)).toBe(true);
    await page.close();
  });
});
