import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { composerText, pagePastes, realPaste } from './harness/clipboard';
import { useChromium } from './harness/fixture';
import { ENV_WITH_TOKEN } from './fake-data';

const BLOCK_SECRETS = {
  policyVersion: 'pilot-import-1',
  mode: 'enforce',
  policyUrl: 'https://intranet.example.com/ai-policy',
  alternative: { name: 'Copilot (Contoso tenant)', url: 'https://copilot.microsoft.com/' },
  sites: [{ match: 'copilot', status: 'sanctioned' }],
  rules: [
    {
      id: 'no-secrets',
      siteStatus: ['unsanctioned'],
      types: ['secret.*'],
      action: 'block',
      message: { en: 'Secrets never go to AI tools.', fr: 'Les secrets ne vont jamais dans les outils d’IA.' },
    },
  ],
  detectors: [{ id: 'projects', kind: 'keywords', terms: ['Project Nightingale'] }],
};

const BLOCK_DEEPSEEK = {
  ...BLOCK_SECRETS,
  policyVersion: 'pilot-import-2',
  sites: [
    ...BLOCK_SECRETS.sites,
    { match: 'deepseek', status: 'blocked', reason: { en: 'Conversations are stored outside the EU.', fr: 'Les conversations sont stockées hors de l’UE.' } },
    { match: 'ai.contoso.example', status: 'sanctioned', name: 'Contoso AI' },
  ],
};

// The README's screenshot is rewritten only on request (VIGIE_UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
const SCREENSHOT = fileURLToPath(new URL(process.env.VIGIE_UPDATE_SCREENSHOTS === '1' ? '../../docs/images/options.png' : '../../.output/options.png', import.meta.url));

const env = useChromium();

async function openOptions(): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.goto(`chrome-extension://${env.session.extensionId}/options.html`);
  await page.locator('[data-testid="options"]').waitFor();
  return page;
}

const source = (page: Page) => page.locator('[data-testid="options"]').getAttribute('data-policy-source');
const version = (page: Page) => page.locator('[data-testid="policy-version"]').innerText();

async function importFile(page: Page, name: string, content: string): Promise<void> {
  await page.setInputFiles('[data-testid="import-file"]', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

describe('options page in real Chromium', () => {
  it('imports a policy file that blocks secrets, which is then in force on AI sites', async () => {
    const options = await openOptions();
    await expect.poll(() => source(options)).toBe('default');
    await importFile(options, 'block-secrets.json', JSON.stringify(BLOCK_SECRETS, null, 2));
    await expect.poll(() => options.locator('[data-testid="import-outcome"]').innerText()).toContain('block-secrets.json is valid and was saved');
    // The background revalidates the stored file and publishes it; the page follows live.
    await expect.poll(() => source(options), { timeout: 15_000 }).toBe('imported');
    expect(await version(options)).toBe('pilot-import-1');
    expect(await options.locator('[data-rule-id="no-secrets"]').innerText()).toContain(
      'On unsanctioned sites, when content pasted, dropped, uploaded or sent holds a secret (any kind) at medium confidence or more: block, with the message “Secrets never go to AI tools.”',
    );

    const page = await env.session.context.newPage();
    await page.goto('https://chatgpt.com/');
    await realPaste(page, '#prompt-textarea', ENV_WITH_TOKEN);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('Paste blocked');
    expect(await dialog.innerText()).toContain('Secrets never go to AI tools.');
    expect(await composerText(page, '#prompt-textarea')).toBe('');
    expect(await pagePastes(page)).toEqual([]);
    const [event] = await env.session.waitForLog(1);
    expect(event).toMatchObject({ action: 'block', ruleId: 'no-secrets', policySource: 'imported', policyVersion: 'pilot-import-1' });
    await page.close();
    await options.close();
  });

  it('rejects an invalid file with its key paths and keeps the policy in force', async () => {
    const options = await openOptions();
    await expect.poll(() => source(options)).toBe('imported');
    await importFile(options, 'typo.json', JSON.stringify({ ...BLOCK_SECRETS, policyVersion: 'broken', rules: [{ id: 'x', types: ['secret.*'], action: 'blok' }] }));
    const errors = options.locator('[data-testid="import-errors"]');
    await expect.poll(() => errors.count()).toBe(1);
    expect(await errors.innerText()).toContain('typo.json was not imported');
    expect(await errors.innerText()).toContain('rules[0].action "blok" is not one of');
    await importFile(options, 'not-json.json', '{ "mode": "enforce", ');
    await expect.poll(() => errors.innerText()).toContain('The file is not valid JSON');
    // Nothing was saved: the previous policy is still the one in force.
    await options.reload();
    await options.locator('[data-testid="options"]').waitFor();
    expect(await source(options)).toBe('imported');
    expect(await version(options)).toBe('pilot-import-1');
    expect(await options.locator('[data-testid="policy-errors"]').count()).toBe(0);
    await options.close();
  });

  it('tests a sample against the policy in force: block for a secret on an unsanctioned site', async () => {
    const options = await openOptions();
    await options.selectOption('[data-testid="tester-site"]', 'chatgpt.com');
    await options.fill('[data-testid="tester-text"]', ENV_WITH_TOKEN);
    const verdict = options.locator('[data-testid="tester-verdict"]');
    await expect.poll(() => verdict.getAttribute('data-action')).toBe('block');
    expect(await verdict.getAttribute('data-rule-id')).toBe('no-secrets');
    expect(await options.locator('[data-testid="tester-findings"]').innerText()).not.toContain('ghp_');
    await options.selectOption('[data-testid="tester-site"]', 'copilot.microsoft.com');
    await expect.poll(() => verdict.getAttribute('data-action')).toBe('log');
    await options.selectOption('[data-testid="tester-site"]', 'chatgpt.com');
    await expect.poll(() => verdict.getAttribute('data-action')).toBe('block');

    expect(await axeViolations(options)).toEqual([]);
    await mkdir(fileURLToPath(new URL('.', `file://${SCREENSHOT}`)), { recursive: true });
    await options.screenshot({ path: SCREENSHOT, fullPage: true });
    await options.close();
  });

  it('sends a visit of a site the imported policy blocks to the interstitial', async () => {
    const options = await openOptions();
    await importFile(options, 'block-deepseek.json', JSON.stringify(BLOCK_DEEPSEEK));
    await expect.poll(() => version(options), { timeout: 15_000 }).toBe('pilot-import-2');
    // A host the policy adds is listed with its access, which the browser has not granted yet.
    await expect.poll(() => options.locator('[data-pattern="https://ai.contoso.example/*"]').getAttribute('data-granted')).toBe('false');
    expect(await options.locator('[data-testid="hosts-grant"]').count()).toBe(1);

    const page = await env.session.context.newPage();
    await page.goto(`chrome-extension://${env.session.extensionId}/popup.html`);
    await page.goto('https://chat.deepseek.com/').catch(() => undefined); // the guard stops this navigation
    await page.waitForURL(/\/blocked\.html\?site=chat\.deepseek\.com$/, { timeout: 15_000 });
    expect(page.url()).toBe(`chrome-extension://${env.session.extensionId}/blocked.html?site=chat.deepseek.com`);
    const blocked = page.locator('[data-testid="blocked-page"]');
    await blocked.waitFor();
    expect(await page.locator('[data-testid="blocked-site-name"]').innerText()).toBe('DeepSeek is blocked');
    expect(await page.locator('[data-testid="blocked-reason"]').innerText()).toContain('Conversations are stored outside the EU.');
    expect(await page.locator('[data-testid="blocked-alternative"] a').getAttribute('href')).toBe('https://copilot.microsoft.com/');
    expect(await axeViolations(page)).toEqual([]);
    // Going back skips the blocked site (which would only come back here) to the page before it.
    await page.click('[data-testid="blocked-back"]');
    await page.waitForURL(/\/popup\.html$/);
    await page.close();
    await options.close();
  });

  it('removes the imported policy and returns to the built-in default', async () => {
    const options = await openOptions();
    await options.click('[data-testid="import-remove"]');
    await expect.poll(() => source(options), { timeout: 15_000 }).toBe('default');
    await options.close();
  });
});
