/**
 * Helpers for the editor fixture tests (test/e2e/editors-*.e2e.test.ts): the fixture list, reading the
 * editor's own model through `window.fixture`, real pastes into frames and shadow roots, dropped text.
 */
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import type { FixtureApi, Sent } from '../fixtures/sites/editors/src/kit';
import type { LogRecord } from '../../utils/log/record';
import type { ChromiumSession } from './harness/chromium';
import { readLogRecords } from './harness/log-records';

/** The composer of a fixture page (Playwright's CSS selectors pierce open shadow roots). */
export const COMPOSER = '[data-fixture="composer"]';
export const SEND = '[data-fixture="send"]';

/** One editor fixture as the tests drive it. */
export interface EditorCase {
  name: string;
  url: string;
  host: string;
  /** The composer lives in the page's iframe. */
  inFrame?: boolean;
  /** The editor edits in an iframe it creates itself (TinyMCE): send button and file input stay in the page. */
  editorFrame?: boolean;
  /** The editor keeps an undo history the page can query (textarea and bare contenteditable use the browser's). */
  modelHistory: boolean;
}

/** Every fixture editor, each under a real AI hostname (see test/fixtures/sites/editors/site-map.ts). */
export const EDITOR_CASES: readonly EditorCase[] = [
  { name: 'ProseMirror (chatgpt.com)', url: 'https://chatgpt.com/site', host: 'chatgpt.com', modelHistory: true },
  { name: 'Quill (gemini.google.com)', url: 'https://gemini.google.com/site', host: 'gemini.google.com', modelHistory: true },
  { name: 'Lexical (www.perplexity.ai)', url: 'https://www.perplexity.ai/site', host: 'www.perplexity.ai', modelHistory: true },
  { name: 'textarea (copilot.microsoft.com)', url: 'https://copilot.microsoft.com/site', host: 'copilot.microsoft.com', modelHistory: false },
  { name: 'contenteditable (grok.com)', url: 'https://grok.com/site', host: 'grok.com', modelHistory: false },
  { name: 'ProseMirror in a shadow root (chat.qwen.ai)', url: 'https://chat.qwen.ai/editors/shadow.html', host: 'chat.qwen.ai', modelHistory: true },
  { name: 'ProseMirror in an iframe (poe.com)', url: 'https://poe.com/editors/iframe.html', host: 'poe.com', inFrame: true, modelHistory: true },
];

/** Longer than the editors' history grouping delays (ProseMirror 500 ms, Quill and Lexical 300 ms). */
export const HISTORY_PAUSE_MS = 600;

/** What the page's editor holds and what the page received, read from the editor's own model. */
export interface FixtureState {
  text: string;
  canUndo: boolean | null;
  sendEnabled: boolean;
  sends: Sent[];
  pastes: FixtureApi['pastes'];
  drops: FixtureApi['drops'];
  attachments: number[];
}

/** A fixture page, the frame that holds its composer, and the frame of the page around it (send button, files). */
export interface Opened {
  page: Page;
  frame: Frame;
  pageFrame: Frame;
}

type FixtureWindow = Window & { fixture: FixtureApi };

/** Opens a fixture and waits until its composer is ready (in the iframe when there is one). */
export async function openEditor(context: BrowserContext, editor: Pick<EditorCase, 'url' | 'inFrame' | 'editorFrame'>): Promise<Opened> {
  const page = await context.newPage();
  await page.goto(editor.url);
  let frame = page.mainFrame();
  if (editor.inFrame) {
    await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow?.location.pathname.endsWith('.html'));
    const handle = await page.waitForSelector('iframe');
    frame = (await handle.contentFrame())!;
  }
  await frame.waitForFunction(() => (window as unknown as Partial<FixtureWindow>).fixture?.ready === true);
  if (editor.editorFrame) {
    // The fixture publishes window.fixture in the editor's own frame too (see kit.ts).
    const pageFrame = frame;
    const editing = pageFrame.childFrames();
    for (const child of editing) {
      if (await child.evaluate(() => Boolean((window as unknown as Partial<FixtureWindow>).fixture)).catch(() => false)) return { page, frame: child, pageFrame };
    }
    throw new Error(`no editing frame with window.fixture among ${editing.length} frames`);
  }
  return { page, frame, pageFrame: frame };
}

/** The parts of a Locator the editor tests use on a notice. */
export type NoticeLocator = Pick<Locator, 'count' | 'innerText' | 'click' | 'fill' | 'isDisabled'> & { locator(selector: string): NoticeLocator };

/**
 * The Vigie notice wherever it shows: in the frame where the event happened (for an editor that edits in its
 * own iframe, the editing frame for a paste, a drop or Enter, the page's frame for a file or the send button).
 * Counts add up over both frames; actions go to the frame that shows one.
 */
export function anyNotice(opened: Opened, selector = '[role="alertdialog"]'): NoticeLocator {
  if (opened.frame === opened.pageFrame) return opened.frame.locator(selector);
  const frames = [opened.frame, opened.pageFrame];
  const showing = async (): Promise<Locator> => {
    for (let tries = 0; tries < 100; tries += 1) {
      for (const frame of frames) if ((await frame.locator(selector).count()) > 0) return frame.locator(selector);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return opened.frame.locator(selector);
  };
  return {
    count: async () => (await Promise.all(frames.map((frame) => frame.locator(selector).count()))).reduce((a, b) => a + b, 0),
    innerText: async (options) => (await showing()).innerText(options),
    click: async (options) => (await showing()).click(options),
    fill: async (value, options) => (await showing()).fill(value, options),
    isDisabled: async (options) => (await showing()).isDisabled(options),
    locator: (inner) => anyNotice(opened, `${selector} ${inner}`),
  };
}

/** The editor's model and what the page received. */
export function fixtureState(frame: Frame): Promise<FixtureState> {
  return frame.evaluate(() => {
    const fixture = (window as unknown as FixtureWindow).fixture;
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

/** The editor's text, from its model. */
export function editorText(frame: Frame): Promise<string> {
  return frame.evaluate(() => (window as unknown as FixtureWindow).fixture.text());
}

/** Undoes through the editor's own history (or the browser's, for a textarea or a bare contenteditable). */
export function undo(frame: Frame): Promise<void> {
  return frame.evaluate(() => (window as unknown as FixtureWindow).fixture.undo());
}

/** The Vigie notice, rendered in the frame where the event happened. */
export function notice(frame: Frame): Locator {
  return frame.locator('[role="alertdialog"]');
}

/**
 * Pastes `text` with a real Ctrl+V into the composer (the clipboard is written first, so the browser fires
 * a trusted paste event), the caret left where it was if the composer already has focus.
 */
export async function pasteInto(opened: Opened, text: string): Promise<void> {
  const { page, frame } = opened;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  // An editing iframe's body is its document's active element even while the page has the focus.
  if (!(await hasFocus(frame)) || !(await frame.evaluate(() => document.hasFocus()))) await frame.locator(COMPOSER).click();
  await page.keyboard.press('Control+V');
}

/**
 * True when the composer has the keyboard focus (through shadow roots): the composer itself, or the element
 * inside it that takes the keyboard for it (a code editor's hidden textarea or EditContext element).
 */
export function hasFocus(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return Boolean(active?.closest('[data-fixture="composer"]'));
  });
}

/** Types `before` and `after` into the empty composer and leaves the caret between them. */
export async function typeAround(opened: Opened, before: string, after: string): Promise<void> {
  await opened.frame.locator(COMPOSER).click();
  await opened.page.keyboard.type(before + after);
  // One arrow at a time, then a pause: Trix applies a key's caret move as it renders, and a burst (or a paste
  // right after) finds its caret behind the DOM's, with or without Vigie.
  for (let i = 0; i < after.length; i += 1) {
    await opened.page.keyboard.press('ArrowLeft');
    await opened.page.waitForTimeout(20);
  }
  await opened.page.waitForTimeout(150);
  // On a loaded machine that may not be enough: an editor whose model tracks the caret (Trix) sometimes misses
  // a synthetic key altogether, so its caret is then put where the arrows were taking it, through its own API,
  // as a click would.
  await opened.frame.evaluate((offset) => {
    const fixture = (window as unknown as { fixture: { caret(): number | undefined; setCaret(offset: number): void } }).fixture;
    if (fixture.caret() !== undefined && fixture.caret() !== offset) fixture.setCaret(offset);
  }, before.length);
  await opened.frame.waitForFunction((offset) => {
    const caret = (window as unknown as { fixture: { caret(): number | undefined } }).fixture.caret();
    return caret === undefined || caret === offset;
  }, before.length, { timeout: 5_000 });
}

/**
 * Drops `text` on the composer at the caret (a DragEvent carrying a DataTransfer, as a drag from another
 * window delivers it). Returns false when the drop was cancelled.
 */
export function dropText(frame: Frame, text: string): Promise<boolean> {
  return frame.evaluate((value) => {
    let target: Element | null = document.querySelector('[data-fixture="composer"]');
    // The composer may live in a shadow root.
    for (const host of document.querySelectorAll('*')) target ??= host.shadowRoot?.querySelector('[data-fixture="composer"]') ?? null;
    const data = new DataTransfer();
    data.setData('text/plain', value);
    (target as HTMLElement).focus();
    // A composer that is only the editor's box (a code editor's) gives the keyboard to the element inside it.
    if (!target!.contains(document.activeElement)) target!.querySelector<HTMLElement>('textarea, [tabindex="0"], [contenteditable="true"]')?.focus();
    return target!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
  }, text);
}

/** A clean text of about `size` characters (nothing any detector flags). */
export function cleanText(size: number): string {
  const sentence = 'The quarterly roadmap review covers onboarding, search quality and the mobile release train. ';
  return sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size).trimEnd();
}

/**
 * Reads the usage log from one extension page kept open for the whole file (the session's readLog() opens
 * a page per read, which adds up over a hundred tests).
 */
export function logReader(session: () => ChromiumSession): { count(): Promise<number>; since(before: number, count: number): Promise<LogRecord[]>; close(): Promise<void> } {
  let reader: Promise<Page> | undefined;
  const page = () =>
    (reader ??= (async () => {
      const opened = await session().context.newPage();
      await opened.goto(`chrome-extension://${session().extensionId}/popup.html`);
      return opened;
    })());
  const read = async (): Promise<LogRecord[]> => readLogRecords(await page());
  return {
    count: async () => (await read()).length,
    async since(before, count) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const records = await read();
        if (records.length >= before + count) return records.slice(before);
        if (Date.now() > deadline) throw new Error(`expected ${count} new events in the log, found ${records.length - before}: ${JSON.stringify(records.slice(before))}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      if (reader) await (await reader).close();
      reader = undefined;
    },
  };
}
