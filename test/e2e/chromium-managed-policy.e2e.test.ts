import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DIRS } from './harness/build';
import { useChromium } from './harness/fixture';
import { composerText, pagePastes, realPaste } from './harness/clipboard';
import { FAKE_CARD } from './fake-data';

const MONITOR = { mode: 'monitor', policyVersion: 'pilot-1' };
const BLOCK_CARDS = {
  mode: 'enforce',
  policyVersion: 'rollout-2',
  rules: [{ id: 'no-cards', types: ['pii.credit_card'], action: 'block', message: { en: 'Card numbers never go to AI tools.', fr: 'Les numéros de carte ne vont jamais dans les outils d’IA.' } }],
};

let etcBefore: string;

/** A listing of the machine's /etc/chromium, to prove the tests never write there. */
async function etcChromiumListing(): Promise<string> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir('/etc/chromium', { recursive: true }).catch((error: Error) => [error.message]);
  return entries.sort().join('\n');
}

beforeAll(async () => {
  etcBefore = await etcChromiumListing();
});
const env = useChromium({ managedPolicy: MONITOR });

async function policyStatus(popup: Page) {
  const status = popup.locator('[data-testid="policy-status"]');
  return { source: await status.getAttribute('data-policy-source'), mode: await status.getAttribute('data-policy-mode') };
}

/** Waits until the popup shows the policy in force, re-rendered live from storage changes. */
async function waitForPolicy(popup: Page, expected: { source: string; mode: string }) {
  await expect.poll(() => policyStatus(popup), { timeout: 30_000, interval: 250 }).toEqual(expected);
}

describe('managed policy in real Chromium (private mount namespace over /etc/chromium)', () => {
  it('applies the managed monitor policy: the paste goes through and is logged', async () => {
    const popup = await env.session.openPopup();
    await waitForPolicy(popup, { source: 'managed', mode: 'monitor' });
    expect(await popup.locator('body').innerText()).toContain('Policy version: pilot-1');

    const page = await env.session.context.newPage();
    await page.goto('https://chatgpt.com/');
    await realPaste(page, '#prompt-textarea', `card ${FAKE_CARD}`);
    await expect.poll(() => composerText(page, '#prompt-textarea')).toBe(`card ${FAKE_CARD}`);
    expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
    const [event] = await env.session.waitForLog(1);
    expect(event).toMatchObject({ action: 'log', outcome: 'allowed', ruleId: 'payment-cards', policySource: 'managed', policyMode: 'monitor', policyVersion: 'pilot-1' });
    await page.close();
    await popup.close();
  });

  it('switches to block live when IT changes the policy, without a restart or reload', async () => {
    const popup = await env.session.openPopup();
    const page = await env.session.context.newPage();
    await page.goto('https://chatgpt.com/'); // opened before the change: it must pick the change up live
    const started = Date.now();
    await env.session.setManagedPolicy(BLOCK_CARDS);
    await waitForPolicy(popup, { source: 'managed', mode: 'enforce' });
    console.log(`managed policy change seen by the extension after ${Date.now() - started} ms`);

    await realPaste(page, '#prompt-textarea', `card ${FAKE_CARD}`);
    const dialog = page.locator('[role="alertdialog"]');
    // The page was opened just before: its guard may still be on its way (it runs once the page is idle), and the
    // early guard then holds the paste until it comes. Under load that can take more than expect.poll's 1 s.
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
    expect(await dialog.innerText()).toContain('Paste blocked');
    expect(await dialog.innerText()).toContain('Card numbers never go to AI tools.');
    expect(await dialog.locator('[data-action="proceed"]').count()).toBe(0);
    expect(await composerText(page, '#prompt-textarea')).toBe('');
    expect(await pagePastes(page)).toEqual([]);
    const events = await env.session.waitForLog(2);
    expect(events[1]).toMatchObject({ action: 'block', outcome: 'stopped', ruleId: 'no-cards', policyVersion: 'rollout-2' });
    await page.close();
    await popup.close();
  });

  it('reports a malformed policy in the popup and keeps the last good one in force', async () => {
    const popup = await env.session.openPopup();
    await env.session.setManagedPolicy({ ...BLOCK_CARDS, mode: 'blocking', rules: [{ id: 'x', types: ['pii.email'], action: 'blok' }] });
    const errors = popup.locator('[data-testid="policy-errors"]');
    await expect.poll(() => errors.count(), { timeout: 30_000, interval: 250 }).toBe(1);
    const text = await errors.innerText();
    expect(text).toContain('mode "blocking" is not one of: monitor, enforce');
    expect(text).toContain('rules[0].action "blok" is not one of: allow, log, warn, justify, redact, block');
    expect(await policyStatus(popup)).toEqual({ source: 'managed', mode: 'enforce' });

    // The last good policy (block cards) still applies.
    const page = await env.session.context.newPage();
    await page.goto('https://claude.ai/');
    await realPaste(page, '#rich-composer', FAKE_CARD);
    await expect.poll(() => page.locator('[role="alertdialog"]').count()).toBe(1);
    expect(await page.locator('[role="alertdialog"]').innerText()).toContain('Paste blocked');
    await page.close();
    await popup.close();
  });

  it('judges a paste held while the page still loads under the policy in force, not the built-in default', async () => {
    // The page stays loading (its last script takes 8 s): the early guard holds the paste, and the guard, injected
    // at once, judges it only once it has read the policy (block cards), where the default would only warn.
    const page = await env.session.context.newPage();
    await page.goto('https://chatgpt.com/?slow=8000', { waitUntil: 'commit' });
    await page.waitForSelector('#prompt-textarea');
    await realPaste(page, '#prompt-textarea', `card ${FAKE_CARD}`);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('Paste blocked');
    expect(await dialog.locator('[data-action="proceed"]').count()).toBe(0);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(await composerText(page, '#prompt-textarea')).toBe('');
    expect(await pagePastes(page)).toEqual([]);
    await page.close();
  });

  it('returns to the built-in default when the managed policy is removed', async () => {
    const popup = await env.session.openPopup();
    await env.session.setManagedPolicy(null);
    await waitForPolicy(popup, { source: 'default', mode: 'enforce' });
    expect(await popup.locator('[data-testid="policy-errors"]').count()).toBe(0);
    await popup.close();
  });

  it('never touched the machine policy folder', async () => {
    expect(await etcChromiumListing()).toBe(etcBefore);
  });

  it('declares the managed schema in the built manifest', async () => {
    const manifest = JSON.parse(await readFile(`${BUILD_DIRS.chrome}/manifest.json`, 'utf8'));
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });
});
