import type { Page } from 'playwright-core';

/**
 * Pastes `text` into `selector` with a real Ctrl+V: the text goes to the system clipboard first, so
 * the browser fires a trusted paste event exactly as for a user.
 */
export async function realPaste(page: Page, selector: string, text: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.focus(selector);
  await page.keyboard.press('Control+V');
}

/** The pastes the fixture page's own listeners received (what the site would have seen). */
export function pagePastes(page: Page): Promise<{ target: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as { pagePastes: { target: string; text: string }[] }).pagePastes);
}

/** The content of a fixture composer: value of a textarea, text of a contenteditable. */
export function composerText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '')));
}
