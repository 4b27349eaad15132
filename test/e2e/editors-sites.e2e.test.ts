import { afterAll, describe, expect, it } from 'vitest';
import { adapterForHost } from '../../utils/catalog/adapters';
import { SITE_FIXTURES } from '../fixtures/sites/editors/site-map';
import { useChromium } from './harness/fixture';
import { FAKE_CARD } from './fake-data';
import { cleanText, editorText, fixtureState, logReader, notice, openEditor, pasteInto, SEND } from './editors-helpers';

/**
 * Each site adapter against the fixture that imitates its site (under the site's real hostname), and
 * claude.ai's own rule that turns a long paste into an attachment.
 */
const env = useChromium();
const log = logReader(() => env.session);
afterAll(() => log.close());

describe('site adapters find the composer, send button, file input and drop zone on their fixture', () => {
  it.each(SITE_FIXTURES.map((fixture) => ({ ...fixture, adapter: adapterForHost(fixture.host) })))('$host ($adapter.id)', async ({ host, editor, adapter }) => {
    const { page } = await openEditor(env.session.context, { url: `https://${host}/site` });
    expect(adapter.editor).toBe(editor);
    const found = await page.evaluate((selectors) => {
      const first = (list: readonly string[]) => {
        for (const selector of list) {
          const element = document.querySelector(selector);
          if (element) return element;
        }
        return null;
      };
      const composer = first(selectors.composer);
      const zone = first(selectors.dropZones);
      return {
        editor: (window as unknown as { fixture: { editor: string } }).fixture.editor,
        composer: composer?.getAttribute('data-fixture'),
        send: first(selectors.sendButton)?.getAttribute('data-fixture'),
        file: first(selectors.fileInputs)?.getAttribute('data-fixture'),
        zoneHoldsComposer: !!zone && !!composer && zone.contains(composer),
      };
    }, adapter);
    expect(found).toEqual({ editor, composer: 'composer', send: 'send', file: 'file-input', zoneHoldsComposer: true });
    await page.close();
  });
});

describe('claude.ai turns a paste over 2,000 characters into an attachment', () => {
  const claude = { name: 'ProseMirror with long-paste attachments (claude.ai)', url: 'https://claude.ai/site' };
  const long = cleanText(2_500);

  it('an allowed long paste becomes an attachment, untouched; the send button sends it', async () => {
    const opened = await openEditor(env.session.context, claude);
    await pasteInto(opened, long);
    await expect.poll(async () => (await fixtureState(opened.frame)).attachments).toEqual([long.length]);
    const state = await fixtureState(opened.frame);
    expect(state.text).toBe('');
    expect(state.sendEnabled).toBe(true);
    expect(await notice(opened.frame).count()).toBe(0);
    await opened.frame.locator(SEND).click();
    expect((await fixtureState(opened.frame)).sends).toEqual([{ via: 'button', text: '', attachments: [long.length] }]);
    await opened.page.close();
  });

  it('a long paste holding a card is stopped before the page makes an attachment of it; Cancel leaves nothing', async () => {
    const before = await log.count();
    const opened = await openEditor(env.session.context, claude);
    const text = `${long} card ${FAKE_CARD}`;
    await pasteInto(opened, text);
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.locator('[data-action="cancel"]').click();
    const state = await fixtureState(opened.frame);
    expect(state.attachments).toEqual([]);
    expect(state.text).toBe('');
    const [event] = await log.since(before, 1);
    expect(event).toMatchObject({ site: 'claude.ai', kind: 'paste', action: 'warn', outcome: 'stopped', size: text.length });
    await opened.page.close();
  });

  it('"Paste anyway" on a long paste gives the page what a paste would: an attachment, not editor text', async () => {
    const opened = await openEditor(env.session.context, claude);
    const text = `${long} card ${FAKE_CARD}`;
    await pasteInto(opened, text);
    await notice(opened.frame).locator('[data-action="proceed"]').click();
    await expect.poll(async () => (await fixtureState(opened.frame)).attachments).toEqual([text.length]);
    expect(await editorText(opened.frame)).toBe('');
    await opened.page.close();
  });
});

describe('an adapter tells the guard what its heuristics cannot', () => {
  it('chat.deepseek.com: a click on the unlabelled icon that sends (a div role="button") is checked like Enter', async () => {
    const before = await log.count();
    // The adapter's selectors come with the policy state the background publishes once it has read managed
    // storage (a few seconds after a first start); until then the built-in default applies, heuristics only.
    const worker = await env.session.serviceWorker();
    await expect.poll(() => worker.evaluate(async () => 'policyState' in (await (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('policyState'))), { timeout: 15_000 }).toBe(true);
    const opened = await openEditor(env.session.context, { url: 'https://chat.deepseek.com/site' });
    const composer = opened.frame.locator('[data-fixture="composer"]');
    await composer.click();
    await opened.page.keyboard.type(`refund card ${FAKE_CARD}`);
    const send = opened.frame.locator(SEND);
    // Nothing on the button says it sends: no label, title, caption or telling class; only the adapter knows.
    expect(await send.evaluate((element) => [element.tagName, element.getAttribute('aria-label'), element.textContent, element.className])).toEqual(['DIV', null, '', 'ds-icon-button']);
    await send.click();
    const dialog = notice(opened.frame);
    await expect.poll(() => dialog.count()).toBe(1);
    expect((await fixtureState(opened.frame)).sends).toEqual([]);
    await dialog.locator('[data-action="proceed"]').click();
    await expect.poll(async () => (await fixtureState(opened.frame)).sends).toEqual([{ via: 'button', text: `refund card ${FAKE_CARD}`, attachments: [] }]);
    const events = await log.since(before, 2);
    expect(events.map((event) => [event.site, event.kind, event.outcome])).toEqual([
      ['chat.deepseek.com', 'submit', 'stopped'],
      ['chat.deepseek.com', 'submit', 'overridden'],
    ]);
    await opened.page.close();
  });
});
