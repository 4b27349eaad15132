import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { useChromium, type ChromiumFixture } from './harness/fixture';
import { CARD_AND_EMAIL, CLEAN_TEXT, ENV_WITH_TOKEN, FAKE_CARD, FAKE_GITHUB_TOKEN } from './fake-data';
import { anyNotice, COMPOSER, dropText, editorText, fixtureState, hasFocus, HISTORY_PAUSE_MS, logReader, openEditor, pasteInto, SEND, typeAround, undo, type Opened } from './editors-helpers';
import { FOREIGN_FIXTURES } from '../fixtures/sites/editors/site-map';
import type { FixtureApi } from '../fixtures/sites/editors/src/kit';

/**
 * Editors that no site adapter knows (FOREIGN_FIXTURES: Slate, Draft.js, TipTap, CodeMirror 6 and 5, TinyMCE,
 * CKEditor 5, Trix, Monaco, Ace, Editor.js, Squire, Jodit, medium-editor, Toast UI Editor, a contenteditable
 * "plaintext-only" element, CKEditor 4, Summernote, EasyMDE, Milkdown, Trumbowyg, an `<input type="text">`),
 * each under a catalog host with no adapter, so only the guard's generic path handles them. Paste, dropped text, files and typed text at
 * submit, under the built-in default policy (warn on secrets and cards) and under a policy that asks for a
 * reason, blocks and masks. What counts is the editor's own model (window.fixture reads it), not the DOM.
 */
/** Editors that draw only the lines in view (and a margin): the guard reads no others when the message is sent. */
const VIRTUALIZED: ReadonlySet<string> = new Set(['codemirror', 'codemirror5', 'monaco', 'ace', 'easymde']);

/** Editors that edit in an iframe they create themselves: send button and file input stay in the page. */
const EDITOR_FRAME: ReadonlySet<string> = new Set(['tinymce', 'ckeditor4']);

/**
 * What an editor's own handling does to a paste or an undo, on the page without Vigie as with it, which the cases
 * then do not ask of it. Trumbowyg: the browser's undo (its only one) does not take a paste back. An `<input type="text">`:
 * the browser puts pasted lines on one, so the case of lines pasted below a typed card is not made for it.
 */
const NO_PASTE_UNDO: ReadonlySet<string> = new Set(['trumbowyg']);
const JOINS_PASTED_LINES: ReadonlySet<string> = new Set(['input']);

const CASES = FOREIGN_FIXTURES.map((fixture) => ({
  name: `${fixture.editor} (${fixture.host})`,
  url: `https://${fixture.host}/site`,
  host: fixture.host,
  editorFrame: EDITOR_FRAME.has(fixture.editor),
  virtualized: VIRTUALIZED.has(fixture.editor),
  undoesPaste: !NO_PASTE_UNDO.has(fixture.editor),
  keepsPastedLines: !JOINS_PASTED_LINES.has(fixture.editor),
}));

const FILE_INPUT = '[data-fixture="file-input"]';
const DROP_ZONE = '[data-fixture="composer-box"]';
const FAKE_IBAN = 'GB82 WEST 1234 5698 7654 32';

const pageFiles = (frame: Frame) => frame.evaluate(() => (window as unknown as { fixture: FixtureApi }).fixture.files.map(({ name, via }) => ({ name, via })));
const envFile = { name: '.env', mimeType: 'text/plain', buffer: Buffer.from(ENV_WITH_TOKEN) };

/** Drops a text file on the composer box, as a drag from the desktop would. */
function dropFile(frame: Frame, name: string, text: string): Promise<void> {
  return frame.evaluate(
    ({ selector, name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'text/plain' }));
      document.querySelector(selector)!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
    },
    { selector: DROP_ZONE, name, text },
  );
}

/** The per-editor setup shared by both policies: a fresh page per test, the log read from one popup page. */
function perEditor(env: ChromiumFixture, editor: (typeof CASES)[number]) {
  const log = logReader(() => env.session);
  // The log reader's page is opened first, so it never takes the focus from an editor page mid-test (an
  // unfocused page's editing iframe gets no paste).
  beforeAll(() => log.count());
  afterAll(() => log.close());
  const state = { opened: undefined as unknown as Opened };
  beforeEach(async () => {
    state.opened = await openEditor(env.session.context, editor);
    await state.opened.page.bringToFront();
  });
  afterEach(async () => {
    await state.opened.page.close();
  });
  const type = async (text: string) => {
    await state.opened.frame.locator(COMPOSER).click();
    await state.opened.page.keyboard.type(text);
  };
  const sends = async () => (await fixtureState(state.opened.frame)).sends;
  return { log, state, type, sends };
}

describe('built-in default policy', () => {
  const env = useChromium();

  describe.each(CASES)('$name', (editor) => {
    const { log, state, type, sends } = perEditor(env, editor);

    it('clean paste: untouched in the model, send enables, undo removes it, nothing logged', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await pasteInto(state.opened, CLEAN_TEXT);
      await expect.poll(() => editorText(frame)).toBe(CLEAN_TEXT);
      // Some editors (Trumbowyg) copy their editable into their model a task after the paste: the send button follows.
      await expect.poll(async () => (await fixtureState(frame)).sendEnabled).toBe(true);
      const after = await fixtureState(frame);
      expect(after.pastes).toEqual([{ text: CLEAN_TEXT, html: false }]);
      expect(await anyNotice(state.opened).count()).toBe(0);
      if (editor.undoesPaste) {
        expect(after.canUndo).toBe(true);
        await undo(frame);
        await expect.poll(() => editorText(frame)).toBe('');
        await expect.poll(async () => (await fixtureState(frame)).sendEnabled).toBe(false);
      }
      expect(await log.count()).toBe(before);
    });

    it('warn then cancel: nothing reaches the editor or the page, focus returns to the composer', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await pasteInto(state.opened, CARD_AND_EMAIL);
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await dialog.innerText()).toContain('Payment card number (1)');
      await dialog.locator('[data-action="cancel"]').click();
      await expect.poll(() => dialog.count()).toBe(0);
      const after = await fixtureState(frame);
      expect(after.text).toBe('');
      expect(after.pastes).toEqual([]);
      expect(after.sendEnabled).toBe(false);
      expect(await hasFocus(frame)).toBe(true);
      // The keyboard is back in the composer's document too (an editing iframe's, for TinyMCE).
      expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
      const [event] = await log.since(before, 1);
      expect(event).toMatchObject({ site: editor.host, kind: 'paste', action: 'warn', outcome: 'stopped', ruleId: 'payment-cards', size: CARD_AND_EMAIL.length });
    });

    it('warn then paste anyway: in the model at the caret, send enables, undo takes it out, logged', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await typeAround(state.opened, 'Before ', 'after');
      await state.opened.page.waitForTimeout(HISTORY_PAUSE_MS);
      const pasted = `card ${FAKE_CARD} `;
      await pasteInto(state.opened, pasted);
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await editorText(frame)).toBe('Before after');
      await dialog.locator('[data-action="proceed"]').click();
      await expect.poll(() => editorText(frame)).toBe(`Before ${pasted}after`);
      expect((await fixtureState(frame)).sendEnabled).toBe(true);
      if (editor.undoesPaste) {
        await undo(frame);
        await expect.poll(() => editorText(frame)).toBe('Before after');
      }
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.site, e.kind, e.action, e.outcome])).toEqual([
        [editor.host, 'paste', 'warn', 'stopped'],
        [editor.host, 'paste', 'warn', 'overridden'],
      ]);
      expect(events[1].relatedId).toBe(events[0].id);
    });

    it('warn then paste redacted: the masked text lands in the model at the caret', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await typeAround(state.opened, 'Before ', 'after');
      await pasteInto(state.opened, `card ${FAKE_CARD} `);
      await anyNotice(state.opened).locator('[data-action="redact"]').click();
      await expect.poll(() => editorText(frame)).toBe('Before card [CREDIT_CARD] after');
      expect((await fixtureState(frame)).sendEnabled).toBe(true);
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.kind, e.outcome])).toEqual([
        ['paste', 'stopped'],
        ['paste', 'redacted'],
      ]);
    });

    it('dropped text: a card is stopped before the page sees it, "anyway" inserts it; clean text goes through', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      expect(await dropText(frame, `card ${FAKE_CARD}`)).toBe(false);
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      expect((await fixtureState(frame)).drops).toEqual([]);
      await dialog.locator('[data-action="proceed"]').click();
      await expect.poll(() => editorText(frame)).toBe(`card ${FAKE_CARD}`);
      await dropText(frame, CLEAN_TEXT);
      expect((await fixtureState(frame)).drops).toEqual([{ text: CLEAN_TEXT }]);
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.kind, e.action, e.outcome])).toEqual([
        ['drop', 'warn', 'stopped'],
        ['drop', 'warn', 'overridden'],
      ]);
    });

    it('files: an uploaded .env with a token is held until the user goes on (Cancel: never delivered); a dropped file too', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      const dialog = anyNotice(state.opened);
      await state.opened.pageFrame.locator(FILE_INPUT).setInputFiles(envFile);
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('[data-action="cancel"]').click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await pageFiles(frame)).toEqual([]);
      await state.opened.pageFrame.locator(FILE_INPUT).setInputFiles(envFile);
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await pageFiles(frame)).toEqual([]);
      await dialog.locator('[data-action="proceed"]').click();
      await expect.poll(() => pageFiles(frame)).toEqual([{ name: '.env', via: 'input' }]);
      // A value let through once on a page is not questioned again there: the dropped file holds another one.
      await dropFile(state.opened.pageFrame, 'refund.txt', `Refund card ${FAKE_CARD} today.`);
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await pageFiles(frame)).toHaveLength(1);
      await dialog.locator('[data-action="proceed"]').click();
      await expect.poll(() => pageFiles(frame)).toEqual([
        { name: '.env', via: 'input' },
        { name: 'refund.txt', via: 'drop' },
      ]);
      expect(await editorText(frame)).toBe('');
      const events = await log.since(before, 5);
      expect(events.map((e) => [e.kind, e.action, e.outcome, e.ruleId])).toEqual([
        ['upload', 'warn', 'stopped', 'secrets'],
        ['upload', 'warn', 'stopped', 'secrets'],
        ['upload', 'warn', 'overridden', 'secrets'],
        ['drop', 'warn', 'stopped', 'payment-cards'],
        ['drop', 'warn', 'overridden', 'payment-cards'],
      ]);
    });

    it('typed card: Enter then Cancel keeps the text and sends nothing; the send button then "anyway" sends it', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await type(`refund card ${FAKE_CARD}`);
      await state.opened.page.keyboard.press('Enter');
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('[data-action="cancel"]').click();
      await expect.poll(() => dialog.count()).toBe(0);
      const kept = await fixtureState(frame);
      expect(kept.text).toBe(`refund card ${FAKE_CARD}`);
      expect(kept.sends).toEqual([]);
      expect(kept.sendEnabled).toBe(true);
      await state.opened.pageFrame.locator(SEND).click();
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await sends()).toEqual([]);
      await dialog.locator('[data-action="proceed"]').click();
      await expect.poll(sends).toEqual([{ via: 'button', text: `refund card ${FAKE_CARD}`, attachments: [] }]);
      const events = await log.since(before, 3);
      expect(events.map((e) => [e.site, e.kind, e.action, e.outcome])).toEqual([
        [editor.host, 'submit', 'warn', 'stopped'],
        [editor.host, 'submit', 'warn', 'stopped'],
        [editor.host, 'submit', 'warn', 'overridden'],
      ]);
    });

    it('typed card sent redacted on Enter: the masked text replaces the model and is what leaves', async () => {
      const before = await log.count();
      await type(`card ${FAKE_CARD} thanks`);
      await state.opened.page.keyboard.press('Enter');
      await anyNotice(state.opened).locator('[data-action="redact"]').click();
      await expect.poll(sends).toEqual([{ via: 'enter', text: 'card [CREDIT_CARD] thanks', attachments: [] }]);
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.kind, e.outcome])).toEqual([
        ['submit', 'stopped'],
        ['submit', 'redacted'],
      ]);
    });

    // Not made for a one-line text input, where the browser puts the pasted lines on the card's (see JOINS_PASTED_LINES).
    if (editor.keepsPastedLines) it('a card typed on the first line, then clean lines pasted below it: Enter stops it, and it is sent redacted with its lines', async () => {
      // Code editors hold only the caret's line in their hidden input, block editors give each pasted line its
      // own block: the card is in neither the focused element nor the caret's line when Enter sends.
      const { frame } = state.opened;
      const before = await log.count();
      const lines = '\nSecond line of the note.\nThird line.';
      // The full stop ends the card even where the next line joins it (below).
      await type(`card ${FAKE_CARD}.`);
      await pasteInto(state.opened, lines);
      await expect.poll(() => editorText(frame)).toMatch(/\nThird line\.$/);
      // Editors that insert a paste's first line into the caret's own (Squire, medium-editor) join the card's line
      // and the next: the card is still above the caret's line. What is sent is what the model held, masked.
      const held = await editorText(frame);
      expect([`card ${FAKE_CARD}.${lines}`, `card ${FAKE_CARD}.${lines.slice(1)}`]).toContain(held);
      await state.opened.page.keyboard.press('Enter');
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await sends()).toEqual([]);
      await dialog.locator('[data-action="redact"]').click();
      await expect.poll(sends).toEqual([{ via: 'enter', text: held.replace(FAKE_CARD, '[CREDIT_CARD]'), attachments: [] }]);
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.kind, e.outcome])).toEqual([
        ['submit', 'stopped'],
        ['submit', 'redacted'],
      ]);
    });

    it('a card let through on paste is not questioned again when the send button sends it (the page\'s button, for an editing frame)', async () => {
      const before = await log.count();
      const pasted = `card ${FAKE_CARD}`;
      await pasteInto(state.opened, pasted);
      const dialog = anyNotice(state.opened);
      await dialog.locator('[data-action="proceed"]').click();
      await expect.poll(() => editorText(state.opened.frame)).toBe(pasted);
      await state.opened.pageFrame.locator(SEND).click();
      await expect.poll(sends).toEqual([{ via: 'button', text: pasted, attachments: [] }]);
      expect(await dialog.count()).toBe(0);
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.kind, e.outcome])).toEqual([
        ['paste', 'stopped'],
        ['paste', 'overridden'],
      ]);
      expect(await log.count()).toBe(before + 2);
    });

    it('typed token sent redacted with the send button', async () => {
      await type(`deploy with ${FAKE_GITHUB_TOKEN} please`);
      await state.opened.pageFrame.locator(SEND).click();
      await anyNotice(state.opened).locator('[data-action="redact"]').click();
      await expect.poll(sends).toEqual([{ via: 'button', text: 'deploy with [GITHUB_TOKEN] please', attachments: [] }]);
    });

    // A page empties its composer after each send, through the editor, which may build its editable anew (CKEditor 4
    // writes its editing frame's whole document again): what follows is guarded as the first message was.
    it('the next message after a send: a pasted card is stopped, a typed one is stopped at Enter and at the send button', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await type('Hello there');
      await state.opened.page.keyboard.press('Enter');
      await expect.poll(sends).toEqual([{ via: 'enter', text: 'Hello there', attachments: [] }]);
      // Empty as far as the page goes (Jodit keeps two empty paragraphs after its Enter, Vigie or not).
      await expect.poll(async () => (await fixtureState(frame)).sendEnabled).toBe(false);
      await pasteInto(state.opened, `card ${FAKE_CARD}`);
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('[data-action="cancel"]').click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect((await editorText(frame)).trim()).toBe('');
      await type(`refund card ${FAKE_CARD}`);
      await state.opened.page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('[data-action="cancel"]').click();
      await expect.poll(() => dialog.count()).toBe(0);
      await state.opened.pageFrame.locator(SEND).click();
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('[data-action="cancel"]').click();
      expect(await sends()).toHaveLength(1);
      expect((await editorText(frame)).trim()).toBe(`refund card ${FAKE_CARD}`);
      const events = await log.since(before, 3);
      expect(events.map((e) => [e.kind, e.action, e.outcome])).toEqual([
        ['paste', 'warn', 'stopped'],
        ['submit', 'warn', 'stopped'],
        ['submit', 'warn', 'stopped'],
      ]);
    });

    // Where the editor draws only the lines in view: a paste is judged whole, from the clipboard; at Enter the guard
    // reads the editor's whole text from its model (the editor reader, in the page's world), and masks it whole. Where
    // the reader is not there, it reads the lines drawn, and refuses a masked send that would drop the others (an
    // error notice; unit tests in test/unit/guard/reinsert.test.ts). These cases exist for those editors alone.
    if (editor.virtualized) {
      it('long text: a card deep in a paste is stopped; a card typed in view is stopped at Enter, and sent masked with every line', async () => {
        const { frame, page } = state.opened;
        const long = Array.from({ length: 300 }, (_, index) => `Clean line ${index + 1} of the notes.`);
        await pasteInto(state.opened, [...long.slice(0, 150), `card ${FAKE_CARD}`, ...long.slice(150)].join('\n'));
        const dialog = anyNotice(state.opened);
        await expect.poll(() => dialog.count()).toBe(1);
        await dialog.locator('[data-action="cancel"]').click();
        expect(await editorText(frame)).toBe('');
        await pasteInto(state.opened, long.join('\n'));
        await expect.poll(() => editorText(frame)).toBe(long.join('\n'));
        await page.keyboard.press('Shift+Enter');
        await page.keyboard.type(`card ${FAKE_CARD}`);
        const whole = `${long.join('\n')}\ncard ${FAKE_CARD}`;
        await expect.poll(() => editorText(frame)).toBe(whole);
        await page.keyboard.press('Enter');
        await expect.poll(() => dialog.count()).toBe(1);
        await dialog.locator('[data-action="redact"]').click();
        await expect.poll(sends).toEqual([{ via: 'enter', text: whole.replace(FAKE_CARD, '[CREDIT_CARD]'), attachments: [] }]);
      });

      // The editor's whole text is read from its model at the send (the editor reader, in the page's world): a card
      // typed, then scrolled out of the lines drawn by a long clean paste below it, is stopped. Before the reader, the
      // guard read only the lines drawn, and this text went out unchecked.
      it('long text: a card typed, then scrolled out of view by clean lines pasted below it, is stopped at Enter; "anyway" sends the whole text', async () => {
        const { frame, page } = state.opened;
        const before = await log.count();
        const long = Array.from({ length: 200 }, (_, index) => `Clean line ${index + 1} of the notes.`).join('\n');
        await type(`card ${FAKE_CARD}`);
        await pasteInto(state.opened, `\n${long}`);
        const whole = `card ${FAKE_CARD}\n${long}`;
        await expect.poll(() => editorText(frame)).toBe(whole);
        // The card's line is no longer drawn: only the editor's model holds it.
        await expect.poll(() => frame.locator(COMPOSER).evaluate((composer, card) => composer.textContent!.includes(card), FAKE_CARD)).toBe(false);
        await page.keyboard.press('Enter');
        const dialog = anyNotice(state.opened);
        await expect.poll(() => dialog.count()).toBe(1);
        expect(await dialog.innerText()).toContain('Payment card number (1)');
        expect(await sends()).toEqual([]);
        await dialog.locator('[data-action="proceed"]').click();
        await expect.poll(sends).toEqual([{ via: 'enter', text: whole, attachments: [] }]);
        const events = await log.since(before, 2);
        expect(events.map((e) => [e.kind, e.action, e.outcome, e.size])).toEqual([
          ['submit', 'warn', 'stopped', whole.length],
          ['submit', 'warn', 'overridden', whole.length],
        ]);
      });
    }
  });

  // A page that focuses its composer as it loads (chat pages do) puts the focus in an editing frame before the page's
  // guard starts, which then never sees a focus there: the send button's click is judged all the same.
  describe.each(CASES.filter((editor) => editor.editorFrame))('$name, its composer focused by the page as it loads', (editor) => {
    const { log, state, sends } = perEditor(env, { ...editor, url: `${editor.url}?autofocus` });

    it('a card typed without a click is stopped at the send button', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      expect(await hasFocus(frame)).toBe(true);
      await state.opened.page.keyboard.type(`refund card ${FAKE_CARD}`);
      await expect.poll(async () => (await fixtureState(frame)).sendEnabled).toBe(true);
      await state.opened.pageFrame.locator(SEND).click();
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('[data-action="cancel"]').click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await sends()).toEqual([]);
      expect(await editorText(frame)).toBe(`refund card ${FAKE_CARD}`);
      const [event] = await log.since(before, 1);
      expect(event).toMatchObject({ site: editor.host, kind: 'submit', action: 'warn', outcome: 'stopped', ruleId: 'payment-cards' });
    });
  });
});

describe('a policy that asks for a reason, blocks and masks', () => {
  const env = useChromium({
    managedPolicy: {
      policyVersion: 'foreign-1',
      rules: [
        { id: 'cards-justify', types: ['pii.credit_card'], action: 'justify' },
        { id: 'secrets-block', types: ['secret.*'], action: 'block', message: { en: 'Secrets never go to AI tools.' } },
        { id: 'iban-redact', types: ['pii.iban'], action: 'redact' },
      ],
    },
  });
  beforeAll(async () => {
    const popup = await env.session.openPopup();
    await popup.waitForFunction(() => document.body.innerText.includes('Policy version: foreign-1'), undefined, { timeout: 30_000, polling: 250 });
    await popup.close();
  });

  describe.each(CASES)('$name', (editor) => {
    const { log, state, type, sends } = perEditor(env, editor);

    it('justify: a paste goes on only with a typed reason, at the caret, and the reason is logged', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await typeAround(state.opened, 'Refund ', 'today');
      await pasteInto(state.opened, `card ${FAKE_CARD} `);
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await dialog.locator('[data-action="proceed"]').count()).toBe(0);
      expect(await dialog.locator('[data-action="justify"]').isDisabled()).toBe(true);
      await dialog.locator('textarea').fill('Customer asked for the refund');
      await dialog.locator('[data-action="justify"]').click();
      await expect.poll(() => editorText(frame)).toBe(`Refund card ${FAKE_CARD} today`);
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.site, e.kind, e.action, e.outcome, e.ruleId])).toEqual([
        [editor.host, 'paste', 'justify', 'stopped', 'cards-justify'],
        [editor.host, 'paste', 'justify', 'overridden', 'cards-justify'],
      ]);
      expect(events[1].justification).toBe('Customer asked for the refund');
    });

    it('block: a pasted secret never reaches the editor, a typed one is never sent, and no way on is offered', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await pasteInto(state.opened, `token ${FAKE_GITHUB_TOKEN}`);
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await dialog.innerText()).toContain('Secrets never go to AI tools.');
      expect(await dialog.locator('[data-action="proceed"], [data-action="redact"], [data-action="justify"]').count()).toBe(0);
      await dialog.locator('[data-action="close"]').click();
      await expect.poll(() => dialog.count()).toBe(0);
      const after = await fixtureState(frame);
      expect(after.text).toBe('');
      expect(after.pastes).toEqual([]);
      expect(after.sendEnabled).toBe(false);
      await type(`use ${FAKE_GITHUB_TOKEN}`);
      await state.opened.page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('[data-action="close"]').click();
      expect(await sends()).toEqual([]);
      expect(await editorText(frame)).toBe(`use ${FAKE_GITHUB_TOKEN}`);
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.site, e.kind, e.action, e.outcome, e.ruleId, e.policySource])).toEqual([
        [editor.host, 'paste', 'block', 'stopped', 'secrets-block', 'managed'],
        [editor.host, 'submit', 'block', 'stopped', 'secrets-block', 'managed'],
      ]);
    });

    it('redact: a pasted IBAN is masked in the model at the caret; a typed one is sent masked with the send button', async () => {
      const { frame } = state.opened;
      const before = await log.count();
      await typeAround(state.opened, 'Pay ', 'now');
      await pasteInto(state.opened, `${FAKE_IBAN} `);
      await expect.poll(() => editorText(frame)).toBe('Pay [IBAN] now');
      const dialog = anyNotice(state.opened);
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.locator('[data-action="close"]').click();
      await frame.evaluate(() => (window as unknown as { fixture: FixtureApi }).fixture.reset());
      await type(`wire to ${FAKE_IBAN} today`);
      await state.opened.pageFrame.locator(SEND).click();
      await expect.poll(sends).toEqual([{ via: 'button', text: 'wire to [IBAN] today', attachments: [] }]);
      const events = await log.since(before, 2);
      expect(events.map((e) => [e.kind, e.action, e.outcome, e.ruleId])).toEqual([
        ['paste', 'redact', 'redacted', 'iban-redact'],
        ['submit', 'redact', 'redacted', 'iban-redact'],
      ]);
    });
  });
});
