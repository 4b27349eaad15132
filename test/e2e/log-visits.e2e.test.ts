import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../utils/log/chain';
import { CSV_COLUMNS } from '../../utils/log/export-formats';
import { parseExport } from '../../utils/log/import-export';
import { summarize } from '../../utils/log/report-summary';
import { axeViolations } from './harness/axe';
import { realPaste } from './harness/clipboard';
import { useChromium } from './harness/fixture';
import { EMAIL_ONLY, FAKE_EMAIL } from './fake-data';

const env = useChromium();

describe('shadow AI discovery: visits to catalog AI sites, with nothing pasted', () => {
  it('counts each site visited in the popup, writes the day into the chain at export, and the report counts it', async () => {
    // Three sites visited in their own tabs, one of them twice; one paste on a fourth site.
    const visited = ['chat.deepseek.com', 'gemini.google.com', 'chat.deepseek.com', 'poe.com'];
    const pages = [];
    for (const host of visited) {
      const page = await env.session.context.newPage();
      await page.goto(`https://${host}/`);
      await page.bringToFront();
      pages.push(page);
    }
    const pasted = await env.session.context.newPage();
    await pasted.goto('https://claude.ai/');
    await realPaste(pasted, '#prompt-textarea', EMAIL_ONLY);
    await env.session.waitForLog(1);
    // Leaving pages reports their active time.
    for (const page of pages) await page.close();

    const popup = await env.session.openPopup();
    const today = popup.locator('[data-testid="glance"] [data-period="today"]');
    await expect.poll(() => today.locator('[data-site]').count(), { timeout: 10_000 }).toBe(4);
    expect(await today.locator('[data-site="chat.deepseek.com"]').innerText()).toContain('visits: 2');
    expect(await today.locator('[data-site="claude.ai"]').innerText()).toContain('events: 1');
    expect(await axeViolations(popup)).toEqual([]);
    // Nothing is in the chain yet: visits are added up until the day is over or an export is made.
    expect((await env.session.readLog()).map((r) => r.kind)).toEqual(['paste']);

    const download = async (format: string) => {
      const [file] = await Promise.all([popup.waitForEvent('download'), popup.locator(`[data-export="${format}"]`).click()]);
      return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
    };
    const json = await download('json');
    const parsed = await parseExport(json.name, json.text);
    if (!parsed.ok) throw new Error(parsed.error);
    const visits = parsed.records.filter((r) => r.kind === 'visit');
    expect(visits.map((r) => r.site).sort()).toEqual(['chat.deepseek.com', 'claude.ai', 'gemini.google.com', 'poe.com']);
    expect(visits.find((r) => r.site === 'chat.deepseek.com')?.visit?.visits).toBe(2);
    expect(visits.every((r) => r.siteStatus === 'tolerated' && r.siteCategory !== undefined)).toBe(true);
    expect((await verifyChain(parsed.records)).ok).toBe(true);
    expect(json.text).not.toContain(FAKE_EMAIL);

    const summary = summarize(parsed.records.map((record) => ({ installId: parsed.header.installId, record })));
    expect(summary).toMatchObject({ events: 1, visits: 5, users: 1 });
    expect(summary.sitesByUsers.find((s) => s.site === 'poe.com')).toMatchObject({ users: 1, events: 0, visits: 1 });

    // A second export the same day holds the same records once: nothing new was visited in between.
    const ndjson = await download('ndjson');
    const again = await parseExport(ndjson.name, ndjson.text);
    expect(again.ok && again.records.map((r) => r.id)).toEqual(parsed.records.map((r) => r.id));
    const csv = await download('csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines).toHaveLength(parsed.records.length + 1);
    await pasted.close();
    await popup.close();
  });
});
