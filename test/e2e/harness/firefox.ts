import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { AI_SITES } from '../../../utils/catalog/sites';

export const FIREFOX_PATH = process.env.VIGIE_FIREFOX ?? '/usr/bin/firefox-esr';

/** A running Firefox ESR with the extension installed temporarily, over WebDriver BiDi. */
export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

/** Launches Firefox ESR with the built extension; catalog hostnames resolve to the local server. */
export async function launchFirefox(options: { extensionDir: string; sitePort: number }): Promise<FirefoxSession> {
  const hosts = AI_SITES.flatMap((site) => site.hosts);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // Only the catalog hosts resolve to 127.0.0.1, and HTTPS on 443 goes to the test server's port.
      'network.dns.localDomains': hosts.join(','),
      'network.socket.forcePort': `443=${options.sitePort}`,
    },
  });
  try {
    await browser.installExtension(options.extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, close: () => browser.close() };
}

/**
 * Pastes with a real Ctrl+V in Firefox, where synthetic clipboard events arrive empty: the text is
 * typed into the fixture's hidden source field, copied with Ctrl+C, then pasted into `selector`.
 */
export async function realPasteFirefox(page: Page, selector: string, text: string): Promise<void> {
  await page.focus('#source');
  await page.keyboard.type(text);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.press('KeyC');
  await page.keyboard.up('Control');
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyV');
  await page.keyboard.up('Control');
}
