import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/fixture';
import { composerText, realPaste } from './harness/clipboard';
import { FAKE_CARD, FAKE_EMAIL, FAKE_GITHUB_TOKEN } from './fake-data';

/** Typed text is checked when it is sent (Enter or the Send button), never while typing; dropped text like a paste. */
const env = useChromium();

type Send = { from: string; via: string; text: string };
const pageSends = (page: Page) => page.evaluate(() => (window as unknown as { pageSends: Send[] }).pageSends);

async function openChat(): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto('https://chatgpt.com/');
  return page;
}

describe('typed text at submit, in real Chromium with the built-in default policy', () => {
  it('sends clean typed text untouched, on Enter and with the Send button', async () => {
    const page = await openChat();
    await page.locator('#prompt-textarea').pressSequentially('What is the capital of France?');
    await page.keyboard.press('Enter');
    await page.locator('#rich-composer').pressSequentially('And of Spain?');
    await page.locator('#send').click();
    expect(await pageSends(page)).toEqual([
      { from: 'prompt-textarea', via: 'enter', text: 'What is the capital of France?' },
      { from: 'rich-composer', via: 'button', text: 'And of Spain?' },
    ]);
    await page.close();
  });

  it('stops a typed card number on Enter; Cancel keeps it in the composer and nothing is sent', async () => {
    const page = await openChat();
    await page.locator('#prompt-textarea').pressSequentially(`refund card ${FAKE_CARD}`);
    await page.keyboard.press('Enter');
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await pageSends(page)).toEqual([]);
    await dialog.locator('[data-action="cancel"]').click();
    expect(await composerText(page, '#prompt-textarea')).toBe(`refund card ${FAKE_CARD}`);
    expect(await pageSends(page)).toEqual([]);
    const [event] = await env.session.waitForLog(1);
    expect(event).toMatchObject({ kind: 'submit', action: 'warn', outcome: 'stopped', ruleId: 'payment-cards' });
    await page.close();
  });

  it('sends anyway on request (the override is logged) and does not ask twice for the same value', async () => {
    const page = await openChat();
    await page.locator('#rich-composer').pressSequentially(`token ${FAKE_GITHUB_TOKEN}`);
    await page.locator('#send').click();
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    // The notice speaks of a message being sent, not of a paste.
    expect(await dialog.locator('#vigie-notice-title').innerText()).toBe('Sensitive data in this message');
    expect(await dialog.locator('[data-action="proceed"]').innerText()).toBe('Send anyway');
    await dialog.locator('[data-action="proceed"]').click();
    await expect.poll(() => pageSends(page)).toEqual([{ from: 'rich-composer', via: 'button', text: `token ${FAKE_GITHUB_TOKEN}` }]);
    const events = await env.session.waitForLog(3);
    expect(events.slice(1).map((e) => [e.kind, e.action, e.outcome])).toEqual([['submit', 'warn', 'stopped'], ['submit', 'warn', 'overridden']]);
    await page.close();
  });

  it('sends redacted on request: the composer holds the masked text and that is what leaves', async () => {
    const page = await openChat();
    await page.locator('#prompt-textarea').pressSequentially(`card ${FAKE_CARD} thanks`);
    await page.keyboard.press('Enter');
    await page.locator('[role="alertdialog"] [data-action="redact"]').click();
    await expect.poll(() => pageSends(page)).toEqual([{ from: 'prompt-textarea', via: 'enter', text: 'card [CREDIT_CARD] thanks' }]);
    const events = await env.session.waitForLog(5);
    expect(events.slice(3).map((e) => e.outcome)).toEqual(['stopped', 'redacted']);
    await page.close();
  });

  it('does not ask again at submit for a value the user already pasted anyway', async () => {
    const page = await openChat();
    await realPaste(page, '#prompt-textarea', `card ${FAKE_CARD}`);
    await page.locator('[role="alertdialog"] [data-action="proceed"]').click();
    await expect.poll(() => composerText(page, '#prompt-textarea')).toBe(`card ${FAKE_CARD}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => pageSends(page)).toEqual([{ from: 'prompt-textarea', via: 'enter', text: `card ${FAKE_CARD}` }]);
    const events = await env.session.waitForLog(7);
    expect(events.slice(5).map((e) => [e.kind, e.outcome])).toEqual([['paste', 'stopped'], ['paste', 'overridden']]);
    await page.close();
  });

  it('stops dropped text holding a card number, and lets clean dropped text in', async () => {
    const page = await openChat();
    const drop = (text: string) =>
      page.evaluate((value) => {
        const data = new DataTransfer();
        data.setData('text/plain', value);
        const target = document.getElementById('prompt-textarea')!;
        target.focus();
        return target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, text);
    // dispatchEvent returns false when the drop was cancelled (Vigie stopped it).
    expect(await drop(`card ${FAKE_CARD}`)).toBe(false);
    await expect.poll(() => page.locator('[role="alertdialog"]').count()).toBe(1);
    await page.locator('[role="alertdialog"] [data-action="cancel"]').click();
    expect(await drop(`Summarize the thread with ${FAKE_EMAIL}`)).toBe(true);
    const events = await env.session.waitForLog(9);
    expect(events.slice(7).map((e) => [e.kind, e.action])).toEqual([['drop', 'warn'], ['drop', 'log']]);
    await page.close();
  });

  it('keeps guarding after a single-page navigation, on a composer created late, even if the page stops propagation', async () => {
    const page = await openChat();
    const before = (await env.session.readLog()).length;
    await page.evaluate(() => {
      // The page changes route without reloading, swallows paste and keydown events in the capture phase at
      // window level, and builds a new composer a moment later, as chat apps do.
      for (const type of ['paste', 'keydown']) window.addEventListener(type, (event) => event.stopImmediatePropagation(), true);
      history.pushState({}, '', '/c/new-conversation');
      setTimeout(() => {
        const late = document.createElement('textarea');
        late.id = 'late-composer';
        document.querySelector('main')!.append(late);
      }, 300);
    });
    await page.waitForSelector('#late-composer');
    await realPaste(page, '#late-composer', `card ${FAKE_CARD}`);
    await expect.poll(() => page.locator('[role="alertdialog"]').count()).toBe(1);
    expect(await composerText(page, '#late-composer')).toBe('');
    await page.locator('[role="alertdialog"] [data-action="cancel"]').click();
    // A textbook example IBAN (published sample, no real account).
    await page.locator('#late-composer').pressSequentially('iban FR76 3000 6000 0112 3456 7890 189');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="alertdialog"]').count()).toBe(1);
    const events = await env.session.waitForLog(before + 2);
    expect(events.slice(before).map((e) => [e.kind, e.action])).toEqual([['paste', 'warn'], ['submit', 'warn']]);
    await page.close();
  });
});
