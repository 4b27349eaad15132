import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useChromium } from './harness/fixture';
import { FAKE_CARD, FAKE_GITHUB_TOKEN } from './fake-data';
import { COMPOSER, EDITOR_CASES, editorText, fixtureState, logReader, notice, openEditor, pasteInto, SEND, typeAround, type Opened } from './editors-helpers';

/**
 * Justify, block and redact on every fixture editor, under a managed policy: cards need a reason, secrets
 * are blocked, IBANs are masked on the way in. Paste and typed text at submit.
 */
const POLICY = {
  policyVersion: 'editors-1',
  rules: [
    { id: 'cards-justify', types: ['pii.credit_card'], action: 'justify' },
    { id: 'secrets-block', types: ['secret.*'], action: 'block', message: { en: 'Secrets never go to AI tools.' } },
    { id: 'iban-redact', types: ['pii.iban'], action: 'redact' },
  ],
  // Records of stopped content hold a redacted excerpt (made by the notice UI, injected on the first intervention).
  logging: { excerpt: 'redacted' },
};
const FAKE_IBAN = 'GB82 WEST 1234 5698 7654 32';

const env = useChromium({ managedPolicy: POLICY });

const log = logReader(() => env.session);
afterAll(() => log.close());
const newEvents = (before: number, count: number) => log.since(before, count);

beforeAll(async () => {
  // The managed policy reaches the content scripts through the background: wait until the popup shows it.
  const popup = await env.session.openPopup();
  await popup.waitForFunction(() => document.body.innerText.includes('Policy version: editors-1'), undefined, { timeout: 30_000, polling: 250 });
  await popup.close();
});

describe.each(EDITOR_CASES)('$name', (editor) => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openEditor(env.session.context, editor);
  });
  afterEach(async () => {
    await opened.page.close();
  });
  const sends = async () => (await fixtureState(opened.frame)).sends;
  const type = async (text: string) => {
    await opened.frame.locator(COMPOSER).click();
    await opened.page.keyboard.type(text);
  };

  it('justify: a paste goes on only with a typed reason, which is logged', async () => {
    const before = await log.count();
    await typeAround(opened, 'Refund ', 'today');
    await pasteInto(opened, `card ${FAKE_CARD} `);
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.locator('[data-action="proceed"]').count()).toBe(0);
    expect(await dialog.locator('[data-action="justify"]').isDisabled()).toBe(true);
    await dialog.locator('textarea').fill('Customer asked for the refund');
    await dialog.locator('[data-action="justify"]').click();
    await expect.poll(() => editorText(opened.frame)).toBe(`Refund card ${FAKE_CARD} today`);
    const events = await newEvents(before, 2);
    expect(events.map((e) => [e.kind, e.action, e.outcome, e.ruleId])).toEqual([
      ['paste', 'justify', 'stopped', 'cards-justify'],
      ['paste', 'justify', 'overridden', 'cards-justify'],
    ]);
    expect(events[1].justification).toBe('Customer asked for the refund');
  });

  it('block: a pasted secret never reaches the editor, and the notice offers no way on', async () => {
    const before = await log.count();
    await pasteInto(opened, `token ${FAKE_GITHUB_TOKEN}`);
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('Secrets never go to AI tools.');
    expect(await dialog.locator('[data-action="proceed"], [data-action="redact"], [data-action="justify"]').count()).toBe(0);
    await dialog.locator('[data-action="close"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    const state = await fixtureState(opened.frame);
    expect(state.text).toBe('');
    expect(state.pastes).toEqual([]);
    expect(state.sendEnabled).toBe(false);
    const [event] = await newEvents(before, 1);
    expect(event).toMatchObject({ site: editor.host, kind: 'paste', action: 'block', outcome: 'stopped', ruleId: 'secrets-block', policySource: 'managed' });
    expect(event.excerpt).toBe('token [GITHUB_TOKEN]');
  });

  it('redact: a pasted IBAN lands masked in the model, at the caret', async () => {
    const before = await log.count();
    await typeAround(opened, 'Pay ', 'now');
    await pasteInto(opened, `${FAKE_IBAN} `);
    await expect.poll(() => editorText(opened.frame)).toBe('Pay [IBAN] now');
    // The page gets the masked text as a paste of its own (so its editor handles it), never the IBAN.
    expect(JSON.stringify((await fixtureState(opened.frame)).pastes)).not.toContain(FAKE_IBAN.slice(-4));
    const [event] = await newEvents(before, 1);
    expect(event).toMatchObject({ kind: 'paste', action: 'redact', outcome: 'redacted', ruleId: 'iban-redact' });
  });

  it('block at submit: a typed secret is not sent on Enter and stays in the composer', async () => {
    const before = await log.count();
    await type(`deploy with ${FAKE_GITHUB_TOKEN}`);
    await opened.page.keyboard.press('Enter');
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.locator('[data-action="close"]').click();
    expect(await sends()).toEqual([]);
    expect(await editorText(opened.frame)).toBe(`deploy with ${FAKE_GITHUB_TOKEN}`);
    const [event] = await newEvents(before, 1);
    expect(event).toMatchObject({ kind: 'submit', action: 'block', outcome: 'stopped' });
  });

  it('redact at submit: a typed IBAN leaves masked through the send button', async () => {
    await type(`wire to ${FAKE_IBAN} please`);
    await opened.frame.locator(SEND).click();
    await expect.poll(sends).toEqual([{ via: 'button', text: 'wire to [IBAN] please', attachments: [] }]);
  });

  it('justify at submit: Enter with a typed card sends once a reason is given', async () => {
    const before = await log.count();
    await type(`refund card ${FAKE_CARD}`);
    await opened.page.keyboard.press('Enter');
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await sends()).toEqual([]);
    await dialog.locator('textarea').fill('Approved by finance');
    await dialog.locator('[data-action="justify"]').click();
    await expect.poll(sends).toEqual([{ via: 'enter', text: `refund card ${FAKE_CARD}`, attachments: [] }]);
    const events = await newEvents(before, 2);
    expect(events[1]).toMatchObject({ kind: 'submit', action: 'justify', outcome: 'overridden', justification: 'Approved by finance' });
  });
});
