// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { EARLY_GLOBAL, startEarlyGuard, type Early, type EarlyEnvironment, type GuardHandlers } from '../../../utils/guard/early';

/** A clipboard or drag payload, as much of DataTransfer as the early guard reads. */
function payload(text: string, files: File[] = []): Pick<DataTransfer, 'getData' | 'types' | 'files'> {
  return { getData: (type: string) => (type === 'text/plain' ? text : ''), types: text ? ['text/plain'] : [], files: files as unknown as FileList };
}

function dispatch(target: EventTarget, type: string, init: Record<string, unknown> = {}): Event {
  const { key, shiftKey, ...data } = init;
  const event = type === 'keydown' ? new KeyboardEvent(type, { key: key as string, shiftKey: shiftKey as boolean, bubbles: true, cancelable: true }) : new Event(type, { bubbles: true, cancelable: true });
  for (const [name, value] of Object.entries(data)) Object.defineProperty(event, name, { value });
  target.dispatchEvent(event);
  return event;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the early guard, before the guard starts', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    document.body.innerHTML = '';
  });

  function start(overrides: Partial<EarlyEnvironment> = {}): { early: Early; env: EarlyEnvironment; scope: Record<string, unknown>; pageSaw: string[] } {
    const scope: Record<string, unknown> = {};
    const env: EarlyEnvironment = {
      win: window as Window & typeof globalThis,
      scope,
      api: browser,
      readPolicy: vi.fn(async () => undefined),
      onPolicyChange: vi.fn(),
      reportBlocked: vi.fn(),
      loadScript: vi.fn(async () => ({ ok: true })),
      alert: vi.fn(),
      ...overrides,
    };
    const early = startEarlyGuard(env);
    // The page's own listeners come after the early guard's (it runs at document_start).
    const pageSaw: string[] = [];
    const page = (event: Event) => pageSaw.push(event.type);
    for (const type of ['paste', 'drop', 'keydown', 'click', 'change']) window.addEventListener(type, page, true);
    cleanups.push(() => {
      early.handlers = undefined;
      early.off = true;
      for (const type of ['paste', 'drop', 'keydown', 'click', 'change']) window.removeEventListener(type, page, true);
    });
    return { early, env, scope, pageSaw };
  }

  it('holds a paste back from the page, with its text and where it was aimed, and asks for the guard once', async () => {
    const { early, env, scope, pageSaw } = start();
    expect(scope[EARLY_GLOBAL]).toBe(early);
    // The guard takes the environment's functions from here (start-guard.ts).
    expect(early.functions).toMatchObject({ api: env.api, loadScript: env.loadScript, readPolicy: env.readPolicy, onPolicyChange: env.onPolicyChange, alert: env.alert });
    document.body.innerHTML = '<textarea id="composer"></textarea>';
    const composer = document.getElementById('composer')!;
    composer.focus();
    const first = dispatch(composer, 'paste', { clipboardData: payload('card 4111 1111 1111 1111') });
    dispatch(composer, 'paste', { clipboardData: payload('second') });
    expect(first.defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(early.held).toEqual([
      { kind: 'paste', text: 'card 4111 1111 1111 1111', target: expect.objectContaining({ element: composer }) },
      { kind: 'paste', text: 'second', target: expect.objectContaining({ element: composer }) },
    ]);
    await settled();
    expect(env.loadScript).toHaveBeenCalledTimes(1);
    expect(env.loadScript).toHaveBeenCalledWith('guard');
  });

  it('keeps holding while a started guard reads the policy, without asking for a second guard', async () => {
    const { early, env, pageSaw } = start();
    early.started = true; // The guard started and has not taken the handlers yet.
    document.body.innerHTML = '<textarea id="composer"></textarea>';
    const composer = document.getElementById('composer')!;
    composer.focus();
    expect(dispatch(composer, 'paste', { clipboardData: payload('held meanwhile') }).defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(early.held).toEqual([{ kind: 'paste', text: 'held meanwhile', target: expect.objectContaining({ element: composer }) }]);
    await settled();
    expect(env.loadScript).not.toHaveBeenCalled();
  });

  it('holds files as the guard judges them: dropped files as a drop, pasted files without text as an upload, a file input on change', () => {
    const { early } = start();
    document.body.innerHTML = '<div id="zone"></div><input id="attach" type="file">';
    const file = new File(['GITHUB_TOKEN=fake'], 'deploy.env', { type: 'text/plain' });
    const zone = document.getElementById('zone')!;
    dispatch(zone, 'drop', { dataTransfer: payload('', [file]), clientX: 5, clientY: 6, screenX: 7, screenY: 8 });
    dispatch(zone, 'paste', { clipboardData: payload('', [file]) });
    const input = document.getElementById('attach') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    const inputEvent = dispatch(input, 'input');
    dispatch(input, 'change');
    expect(inputEvent.defaultPrevented).toBe(true);
    expect(early.held).toEqual([
      { kind: 'files', as: 'drop', files: [file], destination: { drop: zone, at: { clientX: 5, clientY: 6, screenX: 7, screenY: 8 } } },
      { kind: 'files', as: 'upload', files: [file], destination: { paste: zone } },
      { kind: 'files', as: 'upload', files: [file], destination: { input } },
    ]);
  });

  it('holds Enter in an editable field, and a click on a button only once something was typed', () => {
    const { early, pageSaw } = start();
    document.body.innerHTML = '<textarea id="composer"></textarea><button id="send">Send</button><p id="text">text</p>';
    const composer = document.getElementById('composer')!;
    const send = document.getElementById('send')!;
    dispatch(composer, 'keydown', { key: 'Enter', shiftKey: true });
    dispatch(document.getElementById('text')!, 'keydown', { key: 'Enter' });
    dispatch(composer, 'keydown', { key: 'a' });
    dispatch(send, 'click');
    expect(early.held).toEqual([]);
    expect(pageSaw).toEqual(['keydown', 'keydown', 'keydown', 'click']);
    dispatch(composer, 'focusin');
    dispatch(composer, 'input');
    dispatch(send, 'click');
    dispatch(composer, 'keydown', { key: 'Enter' });
    expect(early.held).toEqual([
      { kind: 'click', on: send },
      { kind: 'keydown', on: composer, ctrlKey: false, metaKey: false },
    ]);
    expect(early.focused).toBe(composer);
  });

  it('forwards every event to the guard once it runs, and lets events pass untouched once it stopped', () => {
    const { early, pageSaw } = start();
    const handlers = Object.fromEntries(['paste', 'drop', 'input', 'change', 'keydown', 'click', 'focusin', 'blur'].map((type) => [type, vi.fn()])) as unknown as GuardHandlers;
    early.handlers = handlers;
    document.body.innerHTML = '<textarea id="composer"></textarea>';
    const composer = document.getElementById('composer')!;
    dispatch(composer, 'paste', { clipboardData: payload('hello') });
    expect(handlers.paste).toHaveBeenCalledTimes(1);
    expect(early.held).toEqual([]);
    // The guard stopped (the extension was updated or removed): it takes its handlers away.
    early.handlers = undefined;
    early.off = true;
    const late = dispatch(composer, 'paste', { clipboardData: payload('hello') });
    expect(handlers.paste).toHaveBeenCalledTimes(1);
    expect(late.defaultPrevented).toBe(false);
    expect(pageSaw).toEqual(['paste', 'paste']);
  });

  it('asks for the editor reader on the first focus in a code editor, before and after the guard starts, and not again once it is there', async () => {
    const { early, env } = start();
    document.body.innerHTML = '<textarea id="plain"></textarea><div class="monaco-editor"><textarea id="code"></textarea></div><div class="cm-editor"><div id="cm" contenteditable="true"></div></div>';
    const byId = (id: string) => document.getElementById(id)!;
    dispatch(byId('plain'), 'focusin');
    expect(env.loadScript).not.toHaveBeenCalled();
    dispatch(byId('code'), 'focusin');
    dispatch(byId('code'), 'focusin'); // Asked for already, not answered yet.
    await settled();
    early.handlers = Object.fromEntries(['paste', 'drop', 'input', 'change', 'keydown', 'click', 'focusin', 'blur'].map((type) => [type, vi.fn()])) as unknown as GuardHandlers;
    dispatch(byId('cm'), 'focusin');
    dispatch(byId('code'), 'focusin');
    await settled();
    expect(env.loadScript).toHaveBeenCalledTimes(1);
    expect(env.loadScript).toHaveBeenCalledWith('editor-reader');
    expect(early.handlers.focusin).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['refuses', () => Promise.resolve({ ok: false, error: 'injection failed' })],
    ['does not answer (the frame is gone)', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
    ['throws (the extension was updated)', () => { throw new Error('Extension context invalidated.'); }],
  ])('catches a request for the editor reader that the background %s, and asks again on the next focus', async (_name, fails) => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    cleanups.push(() => process.off('unhandledRejection', unhandled));
    const loadScript = vi.fn(fails);
    const { early } = start({ loadScript });
    document.body.innerHTML = '<div class="ace_editor"><textarea id="code"></textarea></div>';
    const code = document.getElementById('code')!;
    dispatch(code, 'focusin');
    await settled();
    await settled();
    dispatch(code, 'focusin');
    await settled();
    await settled();
    expect(loadScript).toHaveBeenCalledTimes(2);
    expect(unhandled).not.toHaveBeenCalled();
    expect(early.off).toBeUndefined();
    // Not once the guard stopped (the extension was updated or removed).
    early.off = true;
    dispatch(code, 'focusin');
    expect(loadScript).toHaveBeenCalledTimes(2);
  });

  it('tells the user when the guard cannot be loaded: what was held stays held', async () => {
    const { early, env } = start({ loadScript: vi.fn(async () => ({ ok: false, error: 'sender is not one of our content scripts' })) });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = '<textarea id="composer"></textarea>';
    dispatch(document.getElementById('composer')!, 'paste', { clipboardData: payload('hello') });
    await settled();
    await settled();
    expect(env.alert).toHaveBeenCalledTimes(1);
    expect(env.alert).toHaveBeenCalledWith('guardNotStarted');
    expect(early.off).toBe(true);
    // Later events pass untouched rather than be held for ever.
    expect(dispatch(document.getElementById('composer')!, 'paste', { clipboardData: payload('again') }).defaultPrevented).toBe(false);
  });
});

describe('the early guard and the policy', () => {
  const state = (mode: string, status: string) => ({ policy: { mode, defaultSiteStatus: 'tolerated' }, sites: { hosts: { [location.hostname]: { id: 'x', name: 'X', category: 'chat', status } }, patterns: [] } });

  it('stops a blocked site in enforce mode once, from the published state or a change once the page loaded; not in monitor mode', async () => {
    // Policy changes are followed from shortly after the load event (here: at once, the test document is complete).
    const afterLoad = () => new Promise((resolve) => setTimeout(resolve, 600));
    const listeners: ((value: unknown) => void)[] = [];
    const env = (value: unknown) => ({
      win: Object.assign(Object.create(window) as Window & typeof globalThis, { stop: vi.fn(), top: undefined as unknown }),
      scope: {},
      api: browser,
      readPolicy: async () => value,
      onPolicyChange: (listener: (value: unknown) => void) => void listeners.push(listener),
      reportBlocked: vi.fn(),
      loadScript: async () => ({ ok: true }),
      alert: vi.fn(),
    });
    const blocked = env(state('enforce', 'blocked'));
    blocked.win.top = blocked.win;
    startEarlyGuard(blocked);
    await settled();
    expect(blocked.win.stop).toHaveBeenCalledTimes(1);
    expect(blocked.reportBlocked).toHaveBeenCalledTimes(1);
    await afterLoad();
    listeners.forEach((listener) => listener(state('enforce', 'blocked')));
    expect(blocked.reportBlocked).toHaveBeenCalledTimes(1);

    listeners.length = 0;
    const monitor = env(state('monitor', 'blocked'));
    monitor.win.top = monitor.win;
    startEarlyGuard(monitor);
    await settled();
    expect(monitor.reportBlocked).not.toHaveBeenCalled();
    await afterLoad();
    listeners.forEach((listener) => listener(state('enforce', 'blocked')));
    expect(monitor.reportBlocked).toHaveBeenCalledTimes(1);
  });
});
