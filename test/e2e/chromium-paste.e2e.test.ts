import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './harness/fixture';
import { composerText, pagePastes, realPaste } from './harness/clipboard';
import { parseExport } from '../../utils/log/import-export';
import { CARD_AND_EMAIL, CLEAN_TEXT, EMAIL_ONLY, ENV_WITH_TOKEN, FAKE_CARD } from './fake-data';


const env = useChromium();

/**
 * A log or an export as text, without what is random or a clock (ids, hashes, times): those may hold "1111" by
 * chance, where the check is that no part of the card number (nor a mask keeping its last four) got in.
 */
const withoutNoise = (text: string) => text.replace(/"[0-9a-f-]{32,64}"|\b\d{13}\b/g, '');


async function openChat(host = 'chatgpt.com'): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(`https://${host}/`);
  return page;
}

describe('paste into a mapped AI site in real Chromium', () => {
  it('serves the imitation under the real hostname', async () => {
    const page = await openChat();
    expect(page.url()).toBe('https://chatgpt.com/');
    expect(env.server.requests).toContain('chatgpt.com/');
    await page.close();
  });

  it('warns on a card number pasted into a textarea: the page never sees it, the event is logged without content', async () => {
    const before = (await env.session.readLog()).length;
    const page = await openChat();
    await realPaste(page, '#prompt-textarea', CARD_AND_EMAIL);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.getAttribute('aria-labelledby')).toBe('vigie-notice-title');
    expect(await dialog.innerText()).toContain('Payment card number (1)');
    expect(await dialog.innerText()).toContain('E-mail address (1)');
    expect(await dialog.innerText()).not.toContain('4111');
    expect(await composerText(page, '#prompt-textarea')).toBe('');
    expect(await pagePastes(page)).toEqual([]);

    const events = await env.session.waitForLog(before + 1);
    const event = events[events.length - 1];
    expect(event).toMatchObject({
      site: 'chatgpt.com',
      kind: 'paste',
      action: 'warn',
      outcome: 'stopped',
      ruleId: 'payment-cards',
      policySource: 'default',
      size: CARD_AND_EMAIL.length,
      findings: [{ type: 'pii.email', count: 1 }, { type: 'pii.credit_card', count: 1 }],
    });
    expect(withoutNoise(JSON.stringify(events))).not.toContain('1111');
    expect(JSON.stringify(events)).not.toContain('jane.doe');

    await dialog.locator('[data-action="cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Focus goes back to the composer the user was typing in.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('prompt-textarea');
    await page.close();
  });

  it('warns in a contenteditable composer on another AI host, and "Paste anyway" inserts the text and logs the override', async () => {
    const before = (await env.session.readLog()).length;
    const page = await openChat('claude.ai');
    await realPaste(page, '#rich-composer', `Refund card ${FAKE_CARD} today`);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await composerText(page, '#rich-composer')).toBe('');
    await dialog.locator('[data-action="proceed"]').click();
    await expect.poll(() => composerText(page, '#rich-composer')).toBe(`Refund card ${FAKE_CARD} today`);
    expect(await dialog.count()).toBe(0);

    const events = (await env.session.waitForLog(before + 2)).slice(before);
    expect(events.map((e) => [e.site, e.action, e.outcome])).toEqual([
      ['claude.ai', 'warn', 'stopped'],
      ['claude.ai', 'warn', 'overridden'],
    ]);
    expect(events[1].relatedId).toBe(events[0].id);
    await page.close();
  });

  it('warns on a secret by default (a GitHub token in a pasted .env file)', async () => {
    const before = (await env.session.readLog()).length;
    const page = await openChat('chat.deepseek.com');
    await realPaste(page, '#prompt-textarea', ENV_WITH_TOKEN);
    const dialog = page.locator('[role="alertdialog"]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('GitHub token (1)');
    expect(await composerText(page, '#prompt-textarea')).toBe('');
    const events = await env.session.waitForLog(before + 1);
    expect(events[events.length - 1]).toMatchObject({ site: 'chat.deepseek.com', action: 'warn', outcome: 'stopped', ruleId: 'secrets', findings: [{ type: 'secret.github_token', count: 1 }] });
    expect(JSON.stringify(events)).not.toContain('ghp_');
    await page.close();
  });

  it('lets a paste with only an e-mail through untouched, and logs it', async () => {
    const before = (await env.session.readLog()).length;
    const page = await openChat('gemini.google.com');
    await realPaste(page, '#rich-composer', EMAIL_ONLY);
    await expect.poll(() => composerText(page, '#rich-composer')).toBe(EMAIL_ONLY);
    expect(await pagePastes(page)).toEqual([{ target: 'rich-composer', text: EMAIL_ONLY }]);
    expect(await page.locator('[role="alertdialog"]').count()).toBe(0);
    const events = await env.session.waitForLog(before + 1);
    expect(events[events.length - 1]).toMatchObject({ site: 'gemini.google.com', action: 'log', outcome: 'allowed', findings: [{ type: 'pii.email', count: 1 }] });
    await page.close();
  });

  it('does not touch or log a clean paste', async () => {
    const page = await openChat('chat.mistral.ai');
    await realPaste(page, '#prompt-textarea', CLEAN_TEXT);
    await expect.poll(() => composerText(page, '#prompt-textarea')).toBe(CLEAN_TEXT);
    expect(await pagePastes(page)).toEqual([{ target: 'prompt-textarea', text: CLEAN_TEXT }]);
    // A later flagged paste on the same page is logged; the clean one before it never was.
    const before = (await env.session.readLog()).length;
    await realPaste(page, '#prompt-textarea', EMAIL_ONLY);
    const events = await env.session.waitForLog(before + 1);
    expect(events.filter((e) => e.site === 'chat.mistral.ai')).toHaveLength(1);
    await page.close();
  });

  it('shows the events in the popup and exports the log in three formats that verify', async () => {
    const total = (await env.session.readLog()).length;
    const popup = await env.session.openPopup();
    await expect.poll(() => popup.locator('[data-testid="event-list"] li').count()).toBe(Math.min(total, 20));
    expect(await popup.locator('[data-testid="policy-status"]').getAttribute('data-policy-source')).toBe('default');
    expect(await popup.locator('body').innerText()).toContain('Protection on');
    const firstItem = await popup.locator('[data-testid="event-list"] li').first().innerText();
    expect(firstItem).toContain('chat.mistral.ai');

    const { readFile } = await import('node:fs/promises');
    const download = async (format: string) => {
      const [file] = await Promise.all([popup.waitForEvent('download'), popup.locator(`[data-export="${format}"]`).click()]);
      return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
    };
    for (const format of ['json', 'ndjson']) {
      const file = await download(format);
      expect(file.name).toMatch(new RegExp(`^vigie-log-.*\\.${format}$`));
      const parsed = await parseExport(file.name, file.text);
      if (!parsed.ok) throw new Error(parsed.error);
      // An export first writes the day's visits into the chain (one `visit` record per site), after the events.
      expect(parsed.header).toMatchObject({ format: 'vigie-usage-log', formatVersion: 2 });
      expect(parsed.header.recordCount).toBeGreaterThan(total);
      expect(parsed.records.map((r) => r.seq)).toEqual(Array.from({ length: parsed.header.recordCount }, (_, i) => i + 1));
      expect(parsed.records.slice(0, total).every((r) => r.kind === 'paste')).toBe(true);
      expect(parsed.records.slice(total).every((r) => r.kind === 'visit')).toBe(true);
      expect(new Set(parsed.records.slice(total).map((r) => r.site))).toContain('chat.mistral.ai');
      expect(withoutNoise(file.text)).not.toContain('1111');
      expect(file.text).not.toContain('jane.doe');
    }
    const csv = await download('csv');
    expect(csv.text.trimEnd().split('\r\n').length).toBeGreaterThan(total + 1);
    await popup.close();
  });
});
