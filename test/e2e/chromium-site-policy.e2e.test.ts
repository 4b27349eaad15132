import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/fixture';
import { composerText, pagePastes, realPaste } from './harness/clipboard';
import { ENV_WITH_TOKEN, FAKE_CARD } from './fake-data';

/**
 * "We allow Claude under our contract, block secrets to unsanctioned AI, and DeepSeek is not to be used":
 * the same paste is blocked on one site and allowed on the other, a blocked site shows the interstitial,
 * and changing the policy file changes behaviour without restarting the browser.
 */
const SANCTIONED_CLAUDE = {
  policyVersion: 'sites-1',
  policyUrl: 'https://intranet.example.com/ai-policy',
  alternative: { name: 'Claude (our contract)', url: 'https://claude.ai/' },
  sites: [
    { match: 'claude', status: 'sanctioned' },
    { match: 'deepseek', status: 'blocked', reason: { en: 'Data would leave the EU.', fr: "Les données quitteraient l'UE." } },
  ],
  rules: [
    { id: 'secrets-sanctioned', siteStatus: ['sanctioned'], types: ['secret.*'], action: 'log' },
    { id: 'secrets-elsewhere', siteStatus: ['unsanctioned'], types: ['secret.*'], action: 'block', message: { en: 'Secrets only go to sanctioned AI.' } },
    { id: 'cards', types: ['pii.credit_card'], action: 'justify' },
  ],
};
const SANCTIONED_CHATGPT = { ...SANCTIONED_CLAUDE, policyVersion: 'sites-2', sites: [{ match: 'chatgpt', status: 'sanctioned' }] };

const env = useChromium({ managedPolicy: SANCTIONED_CLAUDE });

async function waitForVersion(version: string) {
  const popup = await env.session.openPopup();
  await expect.poll(() => popup.locator('body').innerText(), { timeout: 30_000, interval: 250 }).toContain(`Policy version: ${version}`);
  await popup.close();
}

async function openComposer(url: string): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(url);
  return page;
}

describe('site status in real Chromium (managed policy)', () => {
  it('blocks a secret on an unsanctioned site, with the message, the alternative and the policy link', async () => {
    await waitForVersion('sites-1');
    const page = await openComposer('https://chatgpt.com/');
    await realPaste(page, '#prompt-textarea', ENV_WITH_TOKEN);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    const text = await dialog.innerText();
    expect(text).toContain('Secrets only go to sanctioned AI.');
    expect(text).toContain('Claude (our contract)');
    expect(await dialog.locator('a[href="https://intranet.example.com/ai-policy"]').count()).toBe(1);
    expect(await dialog.locator('[data-action="proceed"]').count()).toBe(0);
    expect(await composerText(page, '#prompt-textarea')).toBe('');
    expect(await pagePastes(page)).toEqual([]);
    const [event] = await env.session.waitForLog(1);
    expect(event).toMatchObject({ site: 'chatgpt.com', siteStatus: 'tolerated', action: 'block', outcome: 'stopped', ruleId: 'secrets-elsewhere', policyVersion: 'sites-1' });
    await page.close();
  });

  it('lets the same paste through on the sanctioned site, logged', async () => {
    const page = await openComposer('https://claude.ai/');
    await realPaste(page, '#prompt-textarea', ENV_WITH_TOKEN);
    await expect.poll(() => composerText(page, '#prompt-textarea')).toBe(ENV_WITH_TOKEN);
    expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
    const events = await env.session.waitForLog(2);
    expect(events[1]).toMatchObject({ site: 'claude.ai', siteStatus: 'sanctioned', action: 'log', outcome: 'allowed', ruleId: 'secrets-sanctioned' });
    await page.close();
  });

  it('asks for a reason (justify) and records it with the override', async () => {
    const page = await openComposer('https://claude.ai/');
    await realPaste(page, '#prompt-textarea', `card ${FAKE_CARD}`);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    const submit = dialog.locator('[data-action="justify"]');
    expect(await submit.isDisabled()).toBe(true);
    await dialog.locator('textarea').fill('Refund requested by the customer');
    await submit.click();
    await expect.poll(() => composerText(page, '#prompt-textarea')).toBe(`card ${FAKE_CARD}`);
    const events = await env.session.waitForLog(4);
    expect(events.slice(2).map((e) => [e.action, e.outcome])).toEqual([['justify', 'stopped'], ['justify', 'overridden']]);
    expect(events[3].justification).toBe('Refund requested by the customer');
    await page.close();
  });

  it('shows the interstitial instead of a blocked site', async () => {
    const page = await env.session.context.newPage();
    await page.goto('https://chat.deepseek.com/').catch(() => undefined); // the navigation is replaced
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/blocked.html?site=chat.deepseek.com');
    await expect.poll(() => page.locator('body').innerText()).toContain('Data would leave the EU.');
    expect(await page.locator('body').innerText()).toContain('DeepSeek');
    await page.close();
  });

  it('follows a policy change live: the unsanctioned site becomes the sanctioned one', async () => {
    const page = await openComposer('https://chatgpt.com/'); // opened before the change
    await env.session.setManagedPolicy(SANCTIONED_CHATGPT);
    await waitForVersion('sites-2');
    await realPaste(page, '#prompt-textarea', ENV_WITH_TOKEN);
    await expect.poll(() => composerText(page, '#prompt-textarea')).toBe(ENV_WITH_TOKEN);
    const claude = await openComposer('https://claude.ai/');
    await realPaste(claude, '#prompt-textarea', ENV_WITH_TOKEN);
    await expect.poll(() => claude.locator('[role="alertdialog"]').count()).toBe(1);
    expect(await composerText(claude, '#prompt-textarea')).toBe('');
    const events = await env.session.waitForLog(6);
    expect(events.slice(4).map((e) => [e.site, e.action, e.ruleId])).toEqual([
      ['chatgpt.com', 'log', 'secrets-sanctioned'],
      ['claude.ai', 'block', 'secrets-elsewhere'],
    ]);
    await page.close();
    await claude.close();
  });

  it('applies the policy\'s custom detectors (keywords and an RE2 regex) in the page', async () => {
    await env.session.setManagedPolicy({
      policyVersion: 'custom-1',
      detectors: [
        { id: 'projects', kind: 'keywords', terms: ['Projet Hélios'] },
        { id: 'tickets', kind: 'regex', pattern: '\\bSEC-\\d{4}\\b' },
      ],
      rules: [{ id: 'internal', types: ['custom.projects', 'custom.tickets'], action: 'block' }],
    });
    await waitForVersion('custom-1');
    const page = await openComposer('https://chatgpt.com/');
    // Accent- and case-insensitive keyword match.
    await expect
      .poll(
        async () => {
          await page.locator('#prompt-textarea').fill('');
          await realPaste(page, '#prompt-textarea', 'Planning du PROJET HELIOS');
          return page.locator('[role="alertdialog"]').count();
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBe(1);
    await page.locator('[data-action="close"]').click();
    await realPaste(page, '#prompt-textarea', 'see ticket SEC-4821');
    await expect.poll(() => page.locator('[role="alertdialog"]').count()).toBe(1);
    expect(await composerText(page, '#prompt-textarea')).toBe('');
    const events = await env.session.waitForLog(8);
    expect(events.slice(-2).map((e) => e.findings)).toEqual([[{ type: 'custom.projects', count: 1 }], [{ type: 'custom.tickets', count: 1 }]]);
    await page.close();
  });
});
