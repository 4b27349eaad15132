import { describe, expect, it, vi } from 'vitest';
import { injectScript, INJECTABLE_SCRIPTS } from '../../../utils/guard/inject-script';
import { createLazyNotifier, NOTICE_UI_GLOBAL, type NoticeUi } from '../../../utils/guard/notice-loader';
import type { NoticeRequest, Stopped } from '../../../utils/guard/intervene';

const request: NoticeRequest = { action: 'warn', kind: 'paste', findings: [{ type: 'pii.credit_card', count: 1 }] };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeUi(): NoticeUi & { shown: [NoticeRequest | Stopped, string][] } {
  const shown: [NoticeRequest | Stopped, string][] = [];
  return { shown, show: (r, site) => void shown.push([r, site]), dismissAll: vi.fn(), reinsert: vi.fn(), sendMasked: vi.fn(), isReinserting: () => false };
}

describe('lazy notice UI', () => {
  it('asks for the UI once, on the first notice, then reuses it', async () => {
    const scope: Record<string, unknown> = {};
    const ui = fakeUi();
    const requestUi = vi.fn(async () => {
      scope[NOTICE_UI_GLOBAL] = ui;
    });
    const notices = createLazyNotifier('claude.ai', scope, requestUi, vi.fn());
    expect(requestUi).not.toHaveBeenCalled(); // nothing is loaded at page load
    notices.notify(request);
    notices.notify(request); // a second notice while the first load is in flight
    await settle();
    notices.notify(request);
    expect(requestUi).toHaveBeenCalledOnce();
    expect(ui.shown.map(([, site]) => site)).toEqual(['claude.ai', 'claude.ai', 'claude.ai']);
  });

  it('falls back when the UI cannot be injected, and tries again next time', async () => {
    const scope: Record<string, unknown> = {};
    const fallback = vi.fn();
    const requestUi = vi.fn().mockRejectedValueOnce(new Error('worker unreachable')).mockImplementationOnce(async () => {
      scope[NOTICE_UI_GLOBAL] = fakeUi();
    });
    const notices = createLazyNotifier('chatgpt.com', scope, requestUi, fallback);
    notices.notify(request);
    await settle();
    expect(fallback).toHaveBeenCalledWith(expect.any(Error));
    notices.notify(request);
    await settle();
    expect(requestUi).toHaveBeenCalledTimes(2);
    expect((scope[NOTICE_UI_GLOBAL] as ReturnType<typeof fakeUi>).shown).toHaveLength(1);
  });

  it('records a stopped event itself (without its excerpt, which the UI makes) when the UI cannot be injected', async () => {
    const recorded: unknown[] = [];
    const fallback = vi.fn();
    const first = { id: 'event-0001', kind: 'paste', outcome: 'stopped' };
    const stopped = { verdict: { action: 'warn' }, text: 'card', found: [], first, record: (event: unknown) => void recorded.push(event) } as unknown as Stopped;
    const notices = createLazyNotifier('chatgpt.com', {}, vi.fn().mockRejectedValue(new Error('worker unreachable')), fallback);
    notices.notify(stopped);
    // An error's notice has no record of its own (intervene() recorded the failure).
    notices.notify(request);
    await settle();
    expect(recorded).toEqual([first]);
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('falls back when the injected script did not register the UI', async () => {
    const fallback = vi.fn();
    const notices = createLazyNotifier('chatgpt.com', {}, async () => undefined, fallback);
    notices.notify(request);
    await settle();
    expect(fallback.mock.calls[0][0]).toEqual(new Error('the notice-ui script did not register'));
  });
});

describe('injectScript (background)', () => {
  const sender = { id: 'our-id', url: 'https://chatgpt.com/c/1', tab: { id: 7 }, frameId: 3 };

  it.each(Object.entries(INJECTABLE_SCRIPTS))('injects %s (%s) into the frame that asked', async (name, file) => {
    const execute = vi.fn(async () => undefined);
    expect(await injectScript(name, sender, { extensionId: 'our-id', execute })).toEqual({ ok: true });
    // Only the editor reader runs in the page's own world; everything else in the extension's isolated world.
    expect(execute).toHaveBeenCalledWith(7, 3, file, name === 'editor-reader' ? 'MAIN' : 'ISOLATED');
  });

  it('answers a failed injection of the editor reader (asked for on each focus in a code editor), and throws the others', async () => {
    const execute = vi.fn(async () => {
      throw new Error('Frame with ID 3 was removed.');
    });
    expect(await injectScript('editor-reader', sender, { extensionId: 'our-id', execute })).toEqual({ ok: false, error: 'Error: Frame with ID 3 was removed.' });
    await expect(injectScript('notice-ui', sender, { extensionId: 'our-id', execute })).rejects.toThrow('was removed');
  });

  it.each([['../../secret.js'], ['toString'], [undefined], [{ file: 'x.js' }]])('refuses a script that is not on the list: %j', async (name) => {
    const execute = vi.fn(async () => undefined);
    expect(await injectScript(name, sender, { extensionId: 'our-id', execute })).toMatchObject({ ok: false, error: expect.stringContaining('unknown script') });
    expect(execute).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...sender, id: 'other' }],
    ['an extension page (no tab)', { ...sender, tab: undefined }],
    ['no frame id', { ...sender, frameId: undefined }],
    ['a plain-http frame', { ...sender, url: 'http://chatgpt.com/' }],
  ])('refuses %s', async (_name, from) => {
    const execute = vi.fn(async () => undefined);
    expect((await injectScript('notice-ui', from, { extensionId: 'our-id', execute })).ok).toBe(false);
    expect(execute).not.toHaveBeenCalled();
  });
});
