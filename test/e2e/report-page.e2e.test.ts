import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFiles, VISIT_ONLY_SITE } from '../unit/report/report-fixtures';
import { axeViolations } from './harness/axe';
import { ROOT } from './harness/build';
import { useChromium } from './harness/fixture';

const env = useChromium();

describe("the admins' report page", () => {
  it('works as a standalone file opened from disk and as the extension page (the tool checks counts, rejections, French, 800 px, no network)', () => {
    const run = spawnSync('npx', ['tsx', 'test/tools/build-report-standalone.ts', '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    expect(run.stdout + run.stderr).toContain('check passed');
    expect(run.status).toBe(0);
  }, 200_000);

  it('loads exports in the extension and has no accessibility violations (axe-core, WCAG 2.1 A/AA)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-report-'));
    const { alice, bob, truncated } = await exportFiles();
    const files = (
      [
        ['alice.json', alice],
        ['bob.ndjson', bob],
        ['alice-cut.json', truncated],
      ] as const
    ).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    const page = await env.session.context.newPage();
    await page.goto(`chrome-extension://${env.session.extensionId}/report.html`);
    await page.locator('input[type="file"]').setInputFiles(files);
    // "Reading file 3 of 3: alice-cut.json" also names the file: wait for the reading to end and the cut file to be
    // listed among the rejected ones.
    const rejected = page.locator('[data-testid="rejected-files"]');
    await expect.poll(async () => ((await rejected.count()) > 0 ? rejected.innerText() : ''), { timeout: 15_000 }).toContain('alice-cut.json');
    await expect.poll(() => page.locator('[data-testid="load-progress"]').count(), { timeout: 15_000 }).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('chat.example-ai.test');
    expect(text).not.toContain('4111111111111111');
    // Visits are counted apart from events, and a site only visited is listed among the AI sites in use.
    expect(await page.locator('[data-figure="visits"]').innerText()).toBe('17');
    expect(await page.locator('[data-figure="events"]').innerText()).toBe('9');
    expect(await page.locator(`[data-testid="sites"] tr[data-site="${VISIT_ONLY_SITE}"]`).count()).toBe(1);
    // Ranking by active time is a button in the column heading.
    await page.locator('[data-testid="sites"] button[data-rank="activeSeconds"]').click();
    expect(await page.locator('[data-testid="sites"] th[aria-sort="descending"]').innerText()).toContain('Active time');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("opens from the popup's link with this browser's whole log, today's visits included", async () => {
    // Two catalog AI sites visited, nothing pasted: the visits are still in the day's running aggregate.
    for (const host of ['chat.deepseek.com', 'poe.com']) {
      const site = await env.session.context.newPage();
      await site.goto(`https://${host}/`);
      await site.bringToFront();
      await site.close();
    }
    const popup = await env.session.openPopup();
    const [report] = await Promise.all([env.session.context.waitForEvent('page'), popup.locator('[data-action="open-report"]').click()]);
    await report.waitForLoadState();
    expect(new URL(report.url()).pathname).toBe('/report.html');
    expect(new URL(report.url()).hash).toBe('#local');
    const sites = report.locator('[data-testid="sites"]');
    await expect.poll(() => sites.locator('tr[data-site]').count(), { timeout: 15_000 }).toBe(2);
    expect(await report.locator('[data-figure="files"]').innerText()).toBe('1');
    expect(await report.locator('[data-figure="events"]').innerText()).toBe('0');
    expect(Number(await report.locator('[data-figure="visits"]').innerText())).toBeGreaterThanOrEqual(2);
    expect(await sites.locator('tr[data-site="chat.deepseek.com"] td.num').first().innerText()).toBe('1');
    expect(await report.locator('[data-testid="rejected-files"]').count()).toBe(0);
    expect(await axeViolations(report)).toEqual([]);
    await report.close();
    await popup.close();
  });
});
