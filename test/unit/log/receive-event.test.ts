import { describe, expect, it } from 'vitest';
import { receiveEvent } from '../../../utils/log/receive-event';
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

  it('refuses a message of another type', async () => {
    const ack = await receiveEvent({ type: 'popup->bg:whatever' }, tabSender, deps(memoryStore()));
    expect(ack).toMatchObject({ ok: false, error: expect.stringContaining('unknown message type') });
  });
});
