/**
 * `npm run demo`: builds Vigie, serves a local imitation of chatgpt.com over HTTPS, launches Chromium
 * with the extension (headless when there is no display), pastes a sample holding a fake card number
 * and an e-mail address with a real Ctrl+V, then prints what happened and saves screenshots.
 * Exits non-zero if the paste was not caught.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildExtension, ROOT } from '../e2e/harness/build';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { composerText, realPaste } from '../e2e/harness/clipboard';
import { startSiteServer, type SiteServer } from '../e2e/harness/site-server';
import { CARD_AND_EMAIL } from '../e2e/fake-data';
import type { LogRecord } from '../../utils/log/record';

const OUT = join(ROOT, '.output', 'demo');

function logLine(event: LogRecord): string {
  const findings = (event.findings ?? []).map((f) => `${f.type}×${f.count}`).join(', ') || '-';
  return `  #${event.seq} ${new Date(event.time).toISOString()}  ${event.site}  ${event.kind}  ${event.action}/${event.outcome}  ${findings}  size=${event.size}  rule=${event.ruleId ?? '-'}  policy=${event.policySource}  hash=${event.hash.slice(0, 12)}…`;
}

async function main(): Promise<number> {
  console.log('1/5 Building the extension (npm run build)…');
  const extensionDir = buildExtension('chrome');
  await mkdir(OUT, { recursive: true });

  let server: SiteServer | undefined;
  let session: ChromiumSession | undefined;
  try {
    server = await startSiteServer();
    const headless = !process.env.DISPLAY;
    console.log(`2/5 Serving a local imitation of chatgpt.com on https://127.0.0.1:${server.port}, mapped to the real hostname`);
    console.log(`3/5 Launching Chromium (${headless ? 'headless: no display' : 'with a window'}) with Vigie loaded from ${extensionDir}`);
    session = await launchChromium({ extensionDir, sitePort: server.port, headless });
    await session.serviceWorker();

    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto('https://chatgpt.com/');
    console.log(`4/5 Pasting into ${page.url()} with Ctrl+V:\n  "${CARD_AND_EMAIL}"\n  (the card number is a Visa test number, the address is on example.com: both fake)`);
    await realPaste(page, '#prompt-textarea', CARD_AND_EMAIL);

    const dialog = page.locator('[role="alertdialog"]');
    const shown = await dialog.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    const notice = shown ? (await dialog.innerText()).trim() : '';
    const composer = await composerText(page, '#prompt-textarea');
    await page.screenshot({ path: join(OUT, 'page.png') });

    const events = await session.waitForLog(1, 10_000).catch(() => [] as LogRecord[]);
    const popup = await session.openPopup();
    await popup.setViewportSize({ width: 420, height: 560 });
    await popup.locator('[data-testid="event-list"] li').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    console.log('5/5 What happened:');
    console.log(shown ? `  In-page notice shown:\n${notice.split('\n').filter(Boolean).map((l) => `    | ${l}`).join('\n')}` : '  No notice was shown.');
    console.log(`  Composer content after the paste: ${composer === '' ? '(empty: the paste was stopped before the page saw it)' : JSON.stringify(composer)}`);
    console.log(`  Usage log (IndexedDB, ${events.length} event(s), no pasted text):`);
    for (const event of events) console.log(logLine(event));
    console.log(`  Screenshots: ${join(OUT, 'page.png')}\n               ${join(OUT, 'popup.png')}`);

    const caught = shown && composer === '' && events.some((e) => e.action === 'warn' && (e.findings ?? []).some((f) => f.type === 'pii.credit_card'));
    console.log(caught ? '\nDemo OK: the paste was caught, decided locally and logged.' : '\nDemo FAILED: the paste was not caught.');
    return caught ? 0 : 1;
  } finally {
    await session?.close();
    await server?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Demo FAILED:', error);
    process.exit(1);
  },
);
