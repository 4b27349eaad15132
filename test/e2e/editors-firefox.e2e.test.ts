import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { BUILD_DIRS } from './harness/build';
import { launchFirefox, openExtensionPage, realPasteFirefox, type FirefoxSession } from './harness/firefox';
import { readLogRecords } from './harness/log-records';
import { startSiteServer, type SiteServer } from './harness/site-server';
import { CLEAN_TEXT, FAKE_CARD } from './fake-data';
import type { FixtureState } from './editors-helpers';
import { FOREIGN_FIXTURES } from '../fixtures/sites/editors/site-map';
import type { LogRecord } from '../../utils/log/record';

/**
 * Paste and typed text at submit in Firefox ESR, default policy: on the ProseMirror and textarea fixtures, and on
 * TinyMCE, which edits in an about:blank frame it makes itself (where the guard runs under the page's site).
 */
let server: SiteServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startSiteServer();
  session = await launchFirefox({ extensionDir: BUILD_DIRS.firefox, sitePort: server.port });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const COMPOSER = '[data-fixture="composer"]';
const DIALOG = 'pierce/[role="alertdialog"]';

function state(page: Page | Frame): Promise<FixtureState> {
  return page.evaluate(() => {
    const fixture = (window as unknown as { fixture: import('../fixtures/sites/editors/src/kit').FixtureApi }).fixture;
    return {
      text: fixture.text(),
      canUndo: fixture.canUndo(),
      sendEnabled: fixture.sendEnabled(),
      sends: fixture.sends,
      pastes: fixture.pastes,
      drops: fixture.drops,
      attachments: fixture.attachments.map((attachment) => attachment.chars),
    };
  });
}

async function open(url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { fixture?: { ready: boolean } }).fixture?.ready === true);
  return page;
}

async function choose(page: Page, action: string): Promise<void> {
  await page.waitForSelector(DIALOG, { timeout: 10_000 });
  const button = await page.$(`pierce/[data-action="${action}"]`);
  await button!.click();
  await page.waitForFunction(() => !document.querySelector('vigie-notice'), { timeout: 5_000 });
}

const waitForText = (page: Page | Frame, text: string) =>
  page.waitForFunction((expected) => (window as unknown as { fixture: { text(): string } }).fixture.text() === expected, { timeout: 5_000 }, text);

describe.each([
  { name: 'ProseMirror (chatgpt.com)', url: 'https://chatgpt.com/site' },
  { name: 'textarea (copilot.microsoft.com)', url: 'https://copilot.microsoft.com/site' },
])('Firefox ESR, $name', ({ name, url }) => {
  it('lets a clean paste into the model, and stops a card: Cancel leaves nothing, "anyway" inserts it', async () => {
    const page = await open(url);
    await realPasteFirefox(page, COMPOSER, CLEAN_TEXT);
    await waitForText(page, CLEAN_TEXT);
    expect((await state(page)).sendEnabled).toBe(true);
    // Empty the composer through the page's own send, then paste a card.
    await page.keyboard.press('Enter');
    expect((await state(page)).sends.map((sent) => sent.text)).toEqual([CLEAN_TEXT]);

    await realPasteFirefox(page, COMPOSER, `card ${FAKE_CARD}`);
    await choose(page, 'cancel');
    expect(await state(page)).toMatchObject({ text: '', pastes: [{ text: CLEAN_TEXT, html: false }] });

    await realPasteFirefox(page, COMPOSER, `card ${FAKE_CARD}`);
    await choose(page, 'proceed');
    await waitForText(page, `card ${FAKE_CARD}`);
    expect((await state(page)).sendEnabled).toBe(true);
    await page.close();
  });

  it('checks typed text at submit: a card is stopped on Enter, Cancel keeps it, "anyway" sends it', async () => {
    const page = await open(url);
    await page.click(COMPOSER);
    await page.keyboard.type(`refund card ${FAKE_CARD}`);
    await page.keyboard.press('Enter');
    await choose(page, 'cancel');
    expect(await state(page)).toMatchObject({ text: `refund card ${FAKE_CARD}`, sends: [] });

    await page.click(COMPOSER);
    await page.keyboard.press('Enter');
    await choose(page, 'proceed');
    await page.waitForFunction(() => (window as unknown as { fixture: { sends: unknown[] } }).fixture.sends.length === 1, { timeout: 5_000 });
    expect((await state(page)).sends).toEqual([{ via: 'enter', text: `refund card ${FAKE_CARD}`, attachments: [] }]);

    await page.click(COMPOSER);
    await page.keyboard.type('What is the capital of France?');
    const send = await page.$('[data-fixture="send"]');
    await send!.click();
    expect((await state(page)).sends.map((sent) => sent.via)).toEqual(['enter', 'button']);
    await page.close();
  });

  it('sends redacted on request: the masked text is what leaves', async () => {
    const page = await open(url);
    await page.click(COMPOSER);
    await page.keyboard.type(`card ${FAKE_CARD} thanks`);
    await page.keyboard.press('Enter');
    await choose(page, 'redact');
    await page.waitForFunction(() => (window as unknown as { fixture: { sends: unknown[] } }).fixture.sends.length === 1, { timeout: 5_000 });
    expect((await state(page)).sends).toEqual([{ via: 'enter', text: 'card [CREDIT_CARD] thanks', attachments: [] }]);
    await page.close();
  });
});

// Code editors that draw only the lines in view: the guard reads their whole text from their model, through the
// editor reader in the page's world (a request event, answered with a CustomEvent whose detail is the text).
describe.each(FOREIGN_FIXTURES.filter((fixture) => ['codemirror', 'codemirror5', 'monaco', 'ace'].includes(fixture.editor)))('Firefox ESR, $editor ($host)', (fixture) => {
  it('a card typed, then pushed out of the lines drawn by two hundred more typed lines, is stopped at Enter', async () => {
    const page = await open(`https://${fixture.host}/site`);
    await page.click(COMPOSER);
    await page.keyboard.type(`card ${FAKE_CARD}`);
    let typed = `card ${FAKE_CARD}`;
    for (let line = 1; line <= 200; line += 1) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Shift');
      await page.keyboard.type(`line ${line}`);
      typed += `\nline ${line}`;
    }
    await waitForText(page, typed);
    // The card's line is no longer drawn: only the editor's model holds it (CodeMirror 6 grows with its text, and
    // draws a margin of 1000 pixels around the window's view).
    await page.waitForFunction((card) => !document.querySelector('[data-fixture="composer"]')!.textContent!.includes(card), { timeout: 5_000 }, FAKE_CARD);
    await page.keyboard.press('Enter');
    await choose(page, 'cancel');
    expect(await state(page)).toMatchObject({ text: typed, sends: [] });
    await page.close();
  });
});

describe('Firefox ESR, TinyMCE in its own editing frame (character.ai)', () => {
  const tinymce = FOREIGN_FIXTURES.find((fixture) => fixture.editor === 'tinymce')!;
  const url = `https://${tinymce.host}/site`;
  // The usage log, read from one extension page kept open for the block, opened before any editor page so it
  // never takes the focus from one mid-test.
  let logPage: Page;
  const readLog = () => readLogRecords(logPage);
  beforeAll(async () => {
    logPage = await openExtensionPage(session.browser, 'popup.html');
  });
  afterAll(() => logPage?.close());

  async function logSince(before: number, count: number): Promise<LogRecord[]> {
    await expect.poll(async () => (await readLog()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + count);
    return (await readLog()).slice(before);
  }

  /** A TinyMCE page, its editing frame (which publishes window.fixture too), and the alerts the page raised. */
  interface Opened {
    page: Page;
    frame: Frame;
    alerts: string[];
  }

  async function openTinyMce(): Promise<Opened> {
    const page = await session.browser.newPage();
    // The guard's last resort when the notice UI cannot load is window.alert, which would block the page and
    // every later evaluate: it is dismissed and remembered, and waiting for a notice fails with it.
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url);
    await page.bringToFront();
    await page.waitForFunction(() => (window as unknown as { fixture?: { ready: boolean } }).fixture?.ready === true);
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (await frame.evaluate(() => Boolean((window as unknown as { fixture?: unknown }).fixture)).catch(() => false)) return { page, frame, alerts };
    }
    throw new Error(`no editing frame with window.fixture among ${page.frames().length - 1} child frames`);
  }

  /**
   * Waits for the notice wherever it shows (the editing frame, or the page around it) and returns that frame;
   * fails at once, with its text, if the guard fell back to an alert.
   */
  async function noticeFrame({ page, frame, alerts }: Opened): Promise<Frame> {
    const abort = new AbortController();
    let onDialog: (() => void) | undefined;
    const alerted = new Promise<never>((_resolve, reject) => {
      const fail = () => reject(new Error(`Vigie fell back to window.alert instead of its notice: ${alerts.join(' | ')}`));
      if (alerts.length > 0) fail();
      // Runs after openTinyMce's own listener, which recorded the message.
      onDialog = fail;
      page.on('dialog', onDialog);
    });
    const shown = (where: Frame) => where.waitForSelector(DIALOG, { timeout: 10_000, signal: abort.signal }).then(() => where);
    try {
      return await Promise.race([
        Promise.any([shown(frame), shown(page.mainFrame())]).catch(() => {
          throw new Error('no Vigie notice within 10 s, in the editing frame or the page');
        }),
        alerted,
      ]);
    } finally {
      abort.abort();
      if (onDialog) page.off('dialog', onDialog);
    }
  }

  async function chooseIn(opened: Opened, action: string): Promise<void> {
    const where = await noticeFrame(opened);
    const button = await where.$(`pierce/[data-action="${action}"]`);
    await button!.click();
    await where.waitForFunction(() => !document.querySelector('vigie-notice'), { timeout: 5_000 });
  }

  const noNotice = async ({ page, frame }: Opened) => ((await page.$(DIALOG)) ?? (await frame.$(DIALOG))) === null;

  it('lets a clean paste into the model, and stops a card: Cancel leaves nothing, "anyway" inserts it; both logged', async () => {
    const opened = await openTinyMce();
    const { page, frame } = opened;
    const before = (await readLog()).length;
    await realPasteFirefox(page, COMPOSER, CLEAN_TEXT, frame);
    await waitForText(frame, CLEAN_TEXT);
    expect(await state(frame)).toMatchObject({ pastes: [{ text: CLEAN_TEXT, html: false }], sendEnabled: true });
    expect(await noNotice(opened)).toBe(true);
    // Empty the composer through the page's own send (Enter in the frame), then paste a card.
    await page.keyboard.press('Enter');
    await waitForText(frame, '');
    expect((await state(frame)).sends.map((sent) => sent.text)).toEqual([CLEAN_TEXT]);

    await realPasteFirefox(page, COMPOSER, `card ${FAKE_CARD}`, frame);
    await chooseIn(opened, 'cancel');
    expect(await state(frame)).toMatchObject({ text: '', pastes: [{ text: CLEAN_TEXT, html: false }] });

    await realPasteFirefox(page, COMPOSER, `card ${FAKE_CARD}`, frame);
    await chooseIn(opened, 'proceed');
    await waitForText(frame, `card ${FAKE_CARD}`);
    expect((await state(frame)).sendEnabled).toBe(true);
    expect(opened.alerts).toEqual([]);

    const events = await logSince(before, 3);
    expect(events.map((e) => [e.site, e.kind, e.action, e.outcome])).toEqual([
      [tinymce.host, 'paste', 'warn', 'stopped'],
      [tinymce.host, 'paste', 'warn', 'stopped'],
      [tinymce.host, 'paste', 'warn', 'overridden'],
    ]);
    expect(events[2].relatedId).toBe(events[1].id);
    await page.close();
  });

  it('checks typed text sent with Enter in the frame: a card is stopped, Cancel keeps it, "anyway" sends it; logged', async () => {
    const opened = await openTinyMce();
    const { page, frame } = opened;
    const before = (await readLog()).length;
    await frame.click(COMPOSER);
    await page.keyboard.type(`refund card ${FAKE_CARD}`);
    await waitForText(frame, `refund card ${FAKE_CARD}`);
    await page.keyboard.press('Enter');
    await chooseIn(opened, 'cancel');
    expect(await state(frame)).toMatchObject({ text: `refund card ${FAKE_CARD}`, sends: [] });

    await frame.click(COMPOSER);
    await page.keyboard.press('Enter');
    await chooseIn(opened, 'proceed');
    await frame.waitForFunction(() => (window as unknown as { fixture: { sends: unknown[] } }).fixture.sends.length === 1, { timeout: 5_000 });
    expect((await state(frame)).sends).toEqual([{ via: 'enter', text: `refund card ${FAKE_CARD}`, attachments: [] }]);
    expect(opened.alerts).toEqual([]);

    const events = await logSince(before, 3);
    expect(events.map((e) => [e.site, e.kind, e.action, e.outcome])).toEqual([
      [tinymce.host, 'submit', 'warn', 'stopped'],
      [tinymce.host, 'submit', 'warn', 'stopped'],
      [tinymce.host, 'submit', 'warn', 'overridden'],
    ]);
    await page.close();
  });
});
