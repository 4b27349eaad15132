import { describe, expect, it } from 'vitest';
import { contentFrame, receiveEvent } from '../../../utils/log/receive-event';
import { CONTENT_TO_BG_EVENT, type UsageEvent } from '../../../utils/messaging';
import { sampleEvent } from '../sample-event';

/** A sink that only remembers what it was asked to append (the real store is tested in log-store.test.ts). */
function memoryStore(): { append(event: UsageEvent): Promise<void>; events: UsageEvent[] } {
  const events: UsageEvent[] = [];
  return { events, append: async (event) => void events.push(event) };
}
const deps = (store: { append(event: UsageEvent): Promise<void> }) => ({ extensionId: 'our-id', append: store.append });

const tabSender = { id: 'our-id', url: 'https://chatgpt.com/c/123', tab: { id: 1 } };

describe('receiveEvent', () => {
  it('stores a valid event from our content script and acknowledges it', async () => {
    const store = memoryStore();
    const ack = await receiveEvent({ type: CONTENT_TO_BG_EVENT, event: sampleEvent() }, tabSender, deps(store));
    expect(ack).toEqual({ ok: true, id: 'event-0001' });
    expect(store.events).toHaveLength(1);
  });

  it.each([
    ['another extension', { ...tabSender, id: 'other-id' }],
    ['an extension page (no tab)', { id: 'our-id', url: 'chrome-extension://our-id/popup.html' }],
    ['a frame on another host', { ...tabSender, url: 'https://evil.example/' }],
    ['a plain-http frame', { ...tabSender, url: 'http://chatgpt.com/' }],
  ])('refuses an event from %s', async (_name, sender) => {
    const store = memoryStore();
    const ack = await receiveEvent({ type: CONTENT_TO_BG_EVENT, event: sampleEvent() }, sender, deps(store));
    expect(ack.ok).toBe(false);
    expect(store.events).toEqual([]);
  });

  it.each([
    ['pasted text riding along', { text: '4111 1111 1111 1111' }, 'unexpected field text'],
    ['an unknown action', { action: 'explode' }, 'action'],
    ['a malformed finding type', { findings: [{ type: 'PII EMAIL', count: 1 }] }, 'findings'],
    ['a zero count', { findings: [{ type: 'pii.email', count: 0 }] }, 'findings'],
    ['a negative size', { size: -1 }, 'size'],
    ['a short id', { id: 'x' }, 'id'],
  ])('refuses a payload with %s', async (_name, patch, problem) => {
    const store = memoryStore();
    const event = { ...sampleEvent(), ...patch };
    const ack = await receiveEvent({ type: CONTENT_TO_BG_EVENT, event }, tabSender, deps(store));
    expect(ack).toMatchObject({ ok: false, error: expect.stringContaining(problem) });
    expect(store.events).toEqual([]);
  });

  it.each([
    ['about:srcdoc', 'about:srcdoc'],
    ['about:blank', 'about:blank'],
  ])('stores an event from an %s editing frame whose inherited https origin is the site', async (_name, url) => {
    const store = memoryStore();
    const ack = await receiveEvent({ type: CONTENT_TO_BG_EVENT, event: sampleEvent() }, { ...tabSender, url, origin: 'https://chatgpt.com' }, deps(store));
    expect(ack).toEqual({ ok: true, id: 'event-0001' });
    expect(store.events).toHaveLength(1);
  });

  it.each([
    ['of another site', 'about:srcdoc', 'https://evil.example'],
    ['of an http origin', 'about:blank', 'http://chatgpt.com'],
    ['that is sandboxed (opaque origin)', 'about:srcdoc', 'null'],
    ['whose origin the browser does not give', 'about:blank', undefined],
    ['whose origin is not an origin', 'about:blank', 'https://chatgpt.com/c/1'],
    ['that is not about:blank or about:srcdoc', 'about:newtab', 'https://chatgpt.com'],
    ['that is a data: frame', 'data:text/html,hi', 'https://chatgpt.com'],
  ])('refuses an event from an about: frame %s', async (_name, url, origin) => {
    const store = memoryStore();
    const ack = await receiveEvent({ type: CONTENT_TO_BG_EVENT, event: sampleEvent() }, { ...tabSender, url, origin }, deps(store));
    expect(ack).toMatchObject({ ok: false, error: expect.stringContaining('does not match its frame') });
    expect(store.events).toEqual([]);
  });

  it('refuses a message of another type', async () => {
    const ack = await receiveEvent({ type: 'popup->bg:whatever' }, tabSender, deps(memoryStore()));
    expect(ack).toMatchObject({ ok: false, error: expect.stringContaining('unknown message type') });
  });
});

describe('contentFrame', () => {
  it('gives the tab, the frame and the inherited https origin of an about:srcdoc frame', () => {
    const frame = contentFrame({ ...tabSender, url: 'about:srcdoc', origin: 'https://chatgpt.com', frameId: 7 }, 'our-id');
    expect(frame && { tabId: frame.tabId, frameId: frame.frameId, host: frame.url.hostname }).toEqual({ tabId: 1, frameId: 7, host: 'chatgpt.com' });
  });

  it.each([
    ['no origin', { url: 'about:blank' }],
    ['an opaque origin', { url: 'about:srcdoc', origin: 'null' }],
    ['an http origin', { url: 'about:blank', origin: 'http://chatgpt.com' }],
  ])('refuses an about: frame with %s', (_name, patch) => {
    expect(contentFrame({ ...tabSender, ...patch, frameId: 7 }, 'our-id')).toBeUndefined();
  });
});
