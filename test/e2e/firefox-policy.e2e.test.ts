import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { renderPolicy } from '../../utils/policy/render';
import { BUILD_DIRS } from './harness/build';
import { launchFirefox, machineHasEtcFirefox, realPasteFirefox, type FirefoxSession } from './harness/firefox';
import { startSiteServer, type SiteServer } from './harness/site-server';
import { ENV_WITH_TOKEN } from './fake-data';

/** The policy under test: secrets are blocked, where the built-in default only warns. */
const POLICY = {
  policyVersion: 'firefox-e2e-1',
  mode: 'enforce',
  rules: [{ id: 'block-secrets', types: ['secret.*'], action: 'block', message: { en: 'Secrets never go to AI tools.' } }],
};

let server: SiteServer;
const etcFirefoxBefore = machineHasEtcFirefox();

beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

/** Pastes the synthetic .env (a fake GitHub token inside) on a mapped AI host; returns the notice's action. */
async function pasteSecret(page: Page): Promise<string | null> {
  await page.goto('https://chatgpt.com/');
  await realPasteFirefox(page, '#prompt-textarea', ENV_WITH_TOKEN);
  await page.waitForSelector('pierce/[role="alertdialog"]', { timeout: 10_000 });
  return page.$eval('pierce/[role="alertdialog"]', (element) => element.getAttribute('data-vigie-action'));
}

/**
 * Pastes until the notice shows `expected`, reloading the page between tries: the background reads the
 * managed policy when the add-on starts and publishes it to the content scripts a moment later, so a paste
 * in the first instants may still meet the built-in default. Returns the last action seen.
 */
async function pasteSecretUntil(page: Page, expected: string, timeoutMs = 20_000): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const action = await pasteSecret(page);
    if (action === expected || Date.now() > deadline) return action;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('Firefox ESR with the policy in /etc/firefox/policies/policies.json (private mount namespace)', () => {
  it('without a policy, the built-in default only warns on a pasted secret', async () => {
    const session = await launchFirefox({ extensionDir: BUILD_DIRS.firefox, sitePort: server.port });
    try {
      const page = await session.browser.newPage();
      expect(await pasteSecret(page)).toBe('warn');
    } finally {
      await session.close();
    }
  });

  it('with the policy rendered by `vigie policy render --target firefox`, the same paste is blocked', async () => {
    const policies = JSON.parse(renderPolicy('firefox', POLICY)) as Record<string, unknown>;
    const session = await launchFirefox({ extensionDir: BUILD_DIRS.firefox, sitePort: server.port, policies });
    try {
      const page = await session.browser.newPage();
      expect(await pasteSecretUntil(page, 'block')).toBe('block');
      const notice = await page.$eval('pierce/[role="alertdialog"]', (element) => element.textContent ?? '');
      expect(notice).toContain('Secrets never go to AI tools.');
      expect(await page.$('pierce/[data-action="proceed"]')).toBeNull();
      // The text never reached the page: not in the textarea, not in the page's own paste listeners.
      expect(await page.$eval('#prompt-textarea', (element) => (element as HTMLTextAreaElement).value)).toBe('');
      expect(await page.evaluate(() => (window as unknown as { pagePastes: unknown[] }).pagePastes)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("left the machine's /etc/firefox as it was", () => {
    expect(machineHasEtcFirefox()).toBe(etcFirefoxBefore);
  });
});
