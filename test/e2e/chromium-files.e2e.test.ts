import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/fixture';
import { ENV_WITH_TOKEN, FAKE_CARD } from './fake-data';

/**
 * Files reach an AI site through file inputs and drops. Text files are read and scanned, other files are
 * judged by name, type and size; the page receives a file only once the policy and the user let it through.
 */
const env = useChromium({
  managedPolicy: {
    policyVersion: 'files-1',
    detectors: [{ id: 'customers', kind: 'keywords', terms: ['Globex Corporation'] }],
    rules: [
      { id: 'customer-files', events: ['upload', 'drop'], types: ['custom.customers'], action: 'block', message: { en: 'Customer files stay in our systems.' } },
      { id: 'secrets', types: ['secret.*'], action: 'warn' },
      { id: 'cards', types: ['pii.credit_card'], action: 'redact' },
    ],
  },
});

type Received = { via: string; name: string; text: string };
const pageFiles = (page: Page) => page.evaluate(() => (window as unknown as { pageFiles: Received[] }).pageFiles);
const file = (name: string, text: string, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(text) });

async function openChat(): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto('https://chatgpt.com/');
  const popup = await env.session.openPopup();
  await expect.poll(() => popup.locator('body').innerText(), { timeout: 30_000 }).toContain('Policy version: files-1');
  await popup.close();
  return page;
}

/** Drops files on the page's drop zone, as a drag from the desktop would. */
function dropFiles(page: Page, files: { name: string; text: string }[]) {
  return page.evaluate((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name, { type: 'text/plain' }));
    document.getElementById('dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

describe('file uploads and drops in real Chromium', () => {
  it('lets a clean text file through the file input unchanged', async () => {
    const page = await openChat();
    await page.locator('#attach').setInputFiles(file('notes.md', '# Notes\nShip 2.4 in March.'));
    await expect.poll(() => pageFiles(page)).toEqual([{ via: 'input', name: 'notes.md', text: '# Notes\nShip 2.4 in March.' }]);
    await page.close();
  });

  it('blocks a customer file before the page receives it, with the rule message', async () => {
    const page = await openChat();
    await page.locator('#attach').setInputFiles(file('accounts.csv', 'name,plan\nGlobex Corporation,enterprise\n', 'text/csv'));
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('Customer files stay in our systems.');
    expect(await dialog.locator('#vigie-notice-title').innerText()).toBe('Upload blocked');
    expect(await pageFiles(page)).toEqual([]);
    expect(await page.locator('#attach').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0);
    const [event] = await env.session.waitForLog(1);
    expect(event).toMatchObject({ kind: 'upload', action: 'block', outcome: 'stopped', ruleId: 'customer-files', findings: [{ type: 'custom.customers', count: 1 }] });
    await page.close();
  });

  it('warns on a .env file with a secret; proceeding delivers the file as it was', async () => {
    const page = await openChat();
    await page.locator('#attach').setInputFiles(file('.env', ENV_WITH_TOKEN));
    await page.locator('[role="alertdialog"] [data-action="proceed"]').click();
    await expect.poll(() => pageFiles(page)).toEqual([{ via: 'input', name: '.env', text: ENV_WITH_TOKEN }]);
    const events = await env.session.waitForLog(3);
    expect(events.slice(1).map((e) => [e.kind, e.action, e.outcome])).toEqual([['upload', 'warn', 'stopped'], ['upload', 'warn', 'overridden']]);
    await page.close();
  });

  it('redacts a dropped text file holding a card number, and lets a clean drop through', async () => {
    const page = await openChat();
    await dropFiles(page, [{ name: 'refund.txt', text: `Refund card ${FAKE_CARD} today.` }]);
    await expect.poll(() => pageFiles(page)).toEqual([{ via: 'drop', name: 'refund.txt', text: 'Refund card [CREDIT_CARD] today.' }]);
    await dropFiles(page, [{ name: 'agenda.txt', text: 'Agenda: roadmap review.' }]);
    await expect.poll(() => pageFiles(page)).toHaveLength(2);
    const events = await env.session.waitForLog(4);
    expect(events[3]).toMatchObject({ kind: 'drop', action: 'redact', outcome: 'redacted', ruleId: 'cards' });
    await page.close();
  });

  it('judges a binary file by its name only', async () => {
    const page = await openChat();
    await page.locator('#attach').setInputFiles({ name: 'Globex Corporation contract.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 binary') });
    await expect.poll(() => page.locator('[role="alertdialog"]').count()).toBe(1);
    expect(await pageFiles(page)).toEqual([]);
    await page.close();
  });

  it('judges pasted files (no text on the clipboard) like uploads, and delivers allowed ones', async () => {
    const page = await openChat();
    const pasteFile = (name: string, text: string) =>
      page.evaluate(
        ([fileName, content]) => {
          const clipboardData = new DataTransfer();
          clipboardData.items.add(new File([content], fileName, { type: 'text/plain' }));
          const target = document.getElementById('prompt-textarea')!;
          target.focus();
          return target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
        },
        [name, text],
      );
    expect(await pasteFile('globex.txt', 'Globex Corporation renewal terms')).toBe(false);
    await expect.poll(() => page.locator('[role="alertdialog"]').count()).toBe(1);
    expect(await pageFiles(page)).toEqual([]);
    await page.locator('[role="alertdialog"] [data-action="close"]').click();
    await pasteFile('todo.txt', 'Buy milk');
    await expect.poll(() => pageFiles(page)).toEqual([{ via: 'paste', name: 'todo.txt', text: 'Buy milk' }]);
    await page.close();
  });
});
