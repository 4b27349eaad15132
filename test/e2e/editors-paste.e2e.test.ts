import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixture';
import { CARD_AND_EMAIL, CLEAN_TEXT, EMAIL_ONLY, FAKE_CARD, FAKE_GITHUB_TOKEN } from './fake-data';
import { dropText, EDITOR_CASES, editorText, fixtureState, hasFocus, HISTORY_PAUSE_MS, logReader, notice, openEditor, pasteInto, typeAround, undo, type Opened } from './editors-helpers';

/**
 * Paste and dropped text on every fixture editor (built with the real editor libraries, served under real AI
 * hostnames), with the built-in default policy: warn on cards and secrets, log the rest. What counts is the
 * editor's own model (window.fixture reads it), not the DOM.
 */
const env = useChromium();

const log = logReader(() => env.session);
afterAll(() => log.close());
const newEvents = (before: number, count: number) => log.since(before, count);

describe.each(EDITOR_CASES)('$name', (editor) => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openEditor(env.session.context, editor);
  });
  afterEach(async () => {
    await opened.page.close();
  });

  it('lets a clean paste through untouched: the model holds it, send enables, undo removes it, nothing is logged', async () => {
    const before = await log.count();
    await pasteInto(opened, CLEAN_TEXT);
    await expect.poll(() => editorText(opened.frame)).toBe(CLEAN_TEXT);
    const state = await fixtureState(opened.frame);
    expect(state.pastes).toEqual([{ text: CLEAN_TEXT, html: false }]);
    expect(state.sendEnabled).toBe(true);
    if (editor.modelHistory) expect(state.canUndo).toBe(true);
    expect(await notice(opened.frame).count()).toBe(0);
    await undo(opened.frame);
    await expect.poll(() => editorText(opened.frame)).toBe('');
    expect((await fixtureState(opened.frame)).sendEnabled).toBe(false);
    expect(await log.count()).toBe(before);
  });

  it('lets a paste holding only an e-mail through and logs it', async () => {
    const before = await log.count();
    await pasteInto(opened, EMAIL_ONLY);
    await expect.poll(() => editorText(opened.frame)).toBe(EMAIL_ONLY);
    const [event] = await newEvents(before, 1);
    expect(event).toMatchObject({ site: editor.host, kind: 'paste', action: 'log', outcome: 'allowed', findings: [{ type: 'pii.email', count: 1 }] });
  });

  it('warn then cancel: nothing reaches the editor or the page, focus returns to the composer', async () => {
    const before = await log.count();
    await pasteInto(opened, CARD_AND_EMAIL);
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('Payment card number (1)');
    await dialog.locator('[data-action="cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    const state = await fixtureState(opened.frame);
    expect(state.text).toBe('');
    expect(state.pastes).toEqual([]);
    expect(state.sendEnabled).toBe(false);
    expect(await hasFocus(opened.frame)).toBe(true);
    const [event] = await newEvents(before, 1);
    expect(event).toMatchObject({ site: editor.host, kind: 'paste', action: 'warn', outcome: 'stopped', ruleId: 'payment-cards', size: CARD_AND_EMAIL.length });
  });

  it('warn then paste anyway: the text lands in the model at the caret, send enables, undo takes it out', async () => {
    const before = await log.count();
    await typeAround(opened, 'Before ', 'after');
    // A person pauses before pasting, so the editor's history keeps the typing and the paste apart.
    await opened.page.waitForTimeout(HISTORY_PAUSE_MS);
    const pasted = `card ${FAKE_CARD} `;
    await pasteInto(opened, pasted);
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await editorText(opened.frame)).toBe('Before after');
    await dialog.locator('[data-action="proceed"]').click();
    await expect.poll(() => editorText(opened.frame)).toBe(`Before ${pasted}after`);
    expect((await fixtureState(opened.frame)).sendEnabled).toBe(true);
    await undo(opened.frame);
    await expect.poll(() => editorText(opened.frame)).toBe('Before after');
    const events = await newEvents(before, 2);
    expect(events.map((e) => [e.kind, e.action, e.outcome])).toEqual([
      ['paste', 'warn', 'stopped'],
      ['paste', 'warn', 'overridden'],
    ]);
    expect(events[1].relatedId).toBe(events[0].id);
  });

  it('warn then paste redacted: the masked text lands in the model at the caret', async () => {
    const before = await log.count();
    await typeAround(opened, 'Before ', 'after');
    await pasteInto(opened, `card ${FAKE_CARD} `);
    await notice(opened.frame).locator('[data-action="redact"]').click();
    await expect.poll(() => editorText(opened.frame)).toBe('Before card [CREDIT_CARD] after');
    expect((await fixtureState(opened.frame)).sendEnabled).toBe(true);
    const events = await newEvents(before, 2);
    expect(events.map((e) => e.outcome)).toEqual(['stopped', 'redacted']);
  });

  it('warn then paste anyway keeps the lines of a multi-line paste', async () => {
    const text = `# deploy settings\nGITHUB_TOKEN=${FAKE_GITHUB_TOKEN}\nREGION=eu-west-3`;
    await pasteInto(opened, text);
    await notice(opened.frame).locator('[data-action="proceed"]').click();
    await expect.poll(() => editorText(opened.frame)).toBe(text);
  });

  it('dropped text: a card is stopped before the page sees it, and "anyway" inserts it; clean text goes through', async () => {
    const before = await log.count();
    expect(await dropText(opened.frame, `card ${FAKE_CARD}`)).toBe(false);
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect((await fixtureState(opened.frame)).drops).toEqual([]);
    await dialog.locator('[data-action="proceed"]').click();
    await expect.poll(() => editorText(opened.frame)).toBe(`card ${FAKE_CARD}`);
    // Allowed: the page's editor gets the drop (Quill then cancels every native drop itself).
    await dropText(opened.frame, CLEAN_TEXT);
    expect((await fixtureState(opened.frame)).drops).toEqual([{ text: CLEAN_TEXT }]);
    const events = await newEvents(before, 2);
    expect(events.map((e) => [e.kind, e.action, e.outcome])).toEqual([
      ['drop', 'warn', 'stopped'],
      ['drop', 'warn', 'overridden'],
    ]);
  });
});
