import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainRecords } from '../../utils/log/chain';
import { parseExport } from '../../utils/log/import-export';
import { GENESIS_HASH, recordFromEvent, type LogRecord } from '../../utils/log/record';
import { countRecord, emptyTally, tallyDay, type DayTally } from '../../utils/log/tally';
import { sampleEvent } from '../unit/sample-event';
import { useChromium } from './harness/fixture';

const COUNT = 100_000;
const env = useChromium();

/** 100,000 chained paste records over the last 30 days, on five sites, with every action. */
async function bigLog(now: number): Promise<LogRecord[]> {
  const sites = ['chatgpt.com', 'claude.ai', 'gemini.google.com', 'chat.mistral.ai', 'chat.deepseek.com'];
  const actions = ['log', 'warn', 'block', 'allow'] as const;
  const unchained = Array.from({ length: COUNT }, (_, i) => {
    const action = actions[i % actions.length];
    const event = sampleEvent({
      id: `bulk-${String(i).padStart(8, '0')}`,
      time: now - 30 * 86_400_000 + Math.floor((i * 30 * 86_400_000) / COUNT),
      site: sites[i % sites.length],
      action,
      outcome: action === 'warn' || action === 'block' ? 'stopped' : 'allowed',
    });
    return recordFromEvent(event, { seq: i + 1, extensionVersion: '0.2.0', identity: { mode: 'anonymous' } });
  });
  return chainRecords(GENESIS_HASH, unchained);
}

describe('100,000 records', () => {
  it('open in the popup (first page, total, paging, filters), export as JSON that verifies, and load in the report page', async () => {
    const now = Date.now();
    const records = await bigLog(now);
    const tallies = new Map<string, DayTally>();
    for (const record of records) {
      const day = tallyDay(record);
      if (!tallies.has(day)) tallies.set(day, emptyTally(day));
      countRecord(tallies.get(day)!, record);
    }

    // The popup creates the database with its schema; then the records are written as the store writes them.
    const setup = await env.session.openPopup();
    await expect.poll(() => setup.locator('body').innerText()).toContain('Nothing recorded yet.');
    for (let start = 0; start < COUNT; start += 10_000) {
      await setup.evaluate(
        ({ json, meta, dayTallies }) =>
          new Promise<void>((resolve, reject) => {
            const batch = JSON.parse(json) as unknown[];
            const open = indexedDB.open('vigie-log');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['records', 'meta', 'tallies'], 'readwrite');
              for (const record of batch) tx.objectStore('records').add(record);
              if (meta) tx.objectStore('meta').put(meta, 'state');
              for (const tally of dayTallies) tx.objectStore('tallies').put(tally);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        {
          // One string crosses into the page much faster than 10,000 objects.
          json: JSON.stringify(records.slice(start, start + 10_000)),
          meta: start + 10_000 >= COUNT ? { installId: 'install-bulk-0001', nextSeq: COUNT + 1, head: records[COUNT - 1].hash } : null,
          dayTallies: start + 10_000 >= COUNT ? [...tallies.values()] : [],
        },
      );
    }
    await setup.close();

    const popup = await env.session.openPopup();
    const items = popup.locator('[data-testid="event-list"] li');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(20);
    expect(await items.first().getAttribute('data-event-id')).toBe(`bulk-${String(COUNT - 1).padStart(8, '0')}`);
    expect(await popup.locator('.pager .count').innerText()).toBe(`1–20 of ${COUNT} events`);
    expect(await popup.locator('[data-period="week"]').innerText()).toContain('AI sites used: 5');
    await popup.locator('[data-page="next"]').click();
    await expect.poll(() => items.first().getAttribute('data-event-id')).toBe(`bulk-${String(COUNT - 21).padStart(8, '0')}`);
    await popup.locator('[data-filter="action"]').selectOption('block');
    await expect.poll(() => popup.locator('.pager .count').innerText(), { timeout: 15_000 }).toBe(`1–20 of ${COUNT / 4} events`);

    const [file] = await Promise.all([popup.waitForEvent('download', { timeout: 60_000 }), popup.locator('[data-export="json"]').click()]);
    const text = await readFile((await file.path())!, 'utf8');
    const parsed = await parseExport(file.suggestedFilename(), text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.header).toMatchObject({ recordCount: COUNT, firstSeq: 1, lastSeq: COUNT, chainHead: records[COUNT - 1].hash });
    await popup.close();

    // The report page loads the 100,000 records, and names the truncated copy as damaged.
    const dir = mkdtempSync(join(tmpdir(), 'vigie-100k-'));
    writeFileSync(join(dir, 'big.json'), text);
    writeFileSync(join(dir, 'big-cut.json'), text.slice(0, Math.floor(text.length * 0.7)));
    const report = await env.session.context.newPage();
    await report.goto(`chrome-extension://${env.session.extensionId}/report.html`);
    await report.locator('input[type="file"]').setInputFiles([join(dir, 'big.json'), join(dir, 'big-cut.json')]);
    await expect.poll(() => report.locator('[data-figure="events"]').innerText().catch(() => ''), { timeout: 60_000 }).toMatch(/^100[,  .]?000$/);
    expect(await report.locator('body').innerText()).toContain('big-cut.json: the JSON ends early: the file is truncated');
    await report.close();
  }, 240_000);
});
