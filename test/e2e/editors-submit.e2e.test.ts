import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixture';
import { FAKE_CARD, FAKE_EMAIL } from './fake-data';
import { COMPOSER, EDITOR_CASES, editorText, fixtureState, logReader, notice, openEditor, SEND, type Opened } from './editors-helpers';

/**
 * Typed text at submit on every fixture editor, with the built-in default policy: Enter goes through the
 * editor's own keymap and the send button is enabled by the editor's model, as on the real sites. Nothing is
 * checked while typing; the composer's text is scanned when it is about to leave.
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

  const type = async (text: string) => {
    await opened.frame.locator(COMPOSER).click();
    await opened.page.keyboard.type(text);
  };
  const sends = async () => (await fixtureState(opened.frame)).sends;

  it('sends clean typed text untouched, on Enter and with the send button; Shift+Enter adds a line', async () => {
    const before = await log.count();
    await type('Line one');
    await opened.page.keyboard.press('Shift+Enter');
    await opened.page.keyboard.type('line two');
    expect(await editorText(opened.frame)).toBe('Line one\nline two');
    await opened.page.keyboard.press('Enter');
    await expect.poll(sends).toEqual([{ via: 'enter', text: 'Line one\nline two', attachments: [] }]);
    await type('What is the capital of Spain?');
    await opened.frame.locator(SEND).click();
    await expect.poll(sends).toHaveLength(2);
    expect((await sends())[1]).toEqual({ via: 'button', text: 'What is the capital of Spain?', attachments: [] });
    expect(await notice(opened.frame).count()).toBe(0);
    expect(await log.count()).toBe(before);
  });

  // A reply of one character ("y", "1"): every line of it is a character or less, which the code-editor bridge's
  // check lets pass; with no answer from an editor reader, the guard read null and its handler threw (the send went
  // on under the default open fail mode, with an error in the console; a closed fail mode would have stopped it).
  it('sends a one-character reply untouched, with nothing logged and no error', async () => {
    const before = await log.count();
    const errors: string[] = [];
    opened.page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await type('y');
    await opened.page.keyboard.press('Enter');
    await expect.poll(sends).toEqual([{ via: 'enter', text: 'y', attachments: [] }]);
    expect(await notice(opened.frame).count()).toBe(0);
    expect(await log.count()).toBe(before);
    expect(errors.filter((text) => text.includes('Vigie'))).toEqual([]);
  });

  it('lets a typed e-mail leave and logs the submit', async () => {
    const before = await log.count();
    await type(`Write to ${FAKE_EMAIL}`);
    await opened.page.keyboard.press('Enter');
    await expect.poll(sends).toEqual([{ via: 'enter', text: `Write to ${FAKE_EMAIL}`, attachments: [] }]);
    const [event] = await newEvents(before, 1);
    expect(event).toMatchObject({ site: editor.host, kind: 'submit', action: 'log', outcome: 'allowed' });
  });

  it('stops a typed card number on Enter; Cancel keeps it in the composer and nothing is sent', async () => {
    const before = await log.count();
    await type(`refund card ${FAKE_CARD}`);
    await opened.page.keyboard.press('Enter');
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await sends()).toEqual([]);
    await dialog.locator('[data-action="cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    const state = await fixtureState(opened.frame);
    expect(state.text).toBe(`refund card ${FAKE_CARD}`);
    expect(state.sends).toEqual([]);
    expect(state.sendEnabled).toBe(true);
    const [event] = await newEvents(before, 1);
    expect(event).toMatchObject({ site: editor.host, kind: 'submit', action: 'warn', outcome: 'stopped', ruleId: 'payment-cards' });
  });

  it('stops a typed card number on the send button; "anyway" sends exactly the typed text, logged once', async () => {
    const before = await log.count();
    await type(`refund card ${FAKE_CARD}`);
    await opened.frame.locator(SEND).click();
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await sends()).toEqual([]);
    await dialog.locator('[data-action="proceed"]').click();
    await expect.poll(sends).toEqual([{ via: 'button', text: `refund card ${FAKE_CARD}`, attachments: [] }]);
    expect(await editorText(opened.frame)).toBe('');
    const events = await newEvents(before, 2);
    expect(events.map((e) => [e.kind, e.action, e.outcome])).toEqual([
      ['submit', 'warn', 'stopped'],
      ['submit', 'warn', 'overridden'],
    ]);
  });

  it('sends redacted on Enter: the model holds the masked text, and that is what leaves', async () => {
    const before = await log.count();
    await type(`card ${FAKE_CARD} thanks`);
    await opened.page.keyboard.press('Enter');
    await notice(opened.frame).locator('[data-action="redact"]').click();
    await expect.poll(sends).toEqual([{ via: 'enter', text: 'card [CREDIT_CARD] thanks', attachments: [] }]);
    const events = await newEvents(before, 2);
    expect(events.map((e) => e.outcome)).toEqual(['stopped', 'redacted']);
  });

  it('sends redacted a message of several lines, the lines kept', async () => {
    await type(`card ${FAKE_CARD}`);
    await opened.page.keyboard.press('Shift+Enter');
    await opened.page.keyboard.type('thanks');
    await opened.page.keyboard.press('Enter');
    await notice(opened.frame).locator('[data-action="redact"]').click();
    await expect.poll(sends).toEqual([{ via: 'enter', text: 'card [CREDIT_CARD]\nthanks', attachments: [] }]);
  });
});
