import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../unit/report/report-fixtures';
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
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('alice-cut.json');
    const text = await page.locator('body').innerText();
    expect(text).toContain('chat.example-ai.test');
    expect(text).not.toContain('4111111111111111');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
