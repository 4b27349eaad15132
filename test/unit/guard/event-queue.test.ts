import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventQueue, MAX_RETRY_DELAY_MS, type SendEvent } from '../../../utils/guard/event-queue';
import { CONTENT_TO_BG_EVENT, type ContentToBgEvent } from '../../../utils/messaging';
import type { EventAck, UsageEvent } from '../../../utils/messaging';
import { sampleEvent } from '../sample-event';

// Faked timers: retries run only when the test says so.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout'] }));
afterEach(() => vi.useRealTimers());
function manualTimers() {
  return { runAll: () => vi.runOnlyPendingTimers(), size: () => vi.getTimerCount() };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));
// What the guard always gives the queue, for the tests that are not about it: a live script.
const alive = () => true;
/** The queue's send, from one that takes the event (the queue makes the message: checked here). */
const sending = (send: (event: UsageEvent) => Promise<EventAck | undefined>): SendEvent => (message: ContentToBgEvent) => {
  expect(message.type).toBe(CONTENT_TO_BG_EVENT);
  return send(message.event);
};
// No refusal expected, unless a test says so.
let refusals: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  refusals = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  // No test leaves a refusal it did not expect (the one that expects one clears it).
  expect(refusals).not.toHaveBeenCalled();
  refusals.mockRestore();
});

describe('event queue', () => {
  it('retries until the background acknowledges, then stops', async () => {
    const timers = manualTimers();
    const received: UsageEvent[] = [];
    let available = false;
    const queue = createEventQueue(
      sending(async (event): Promise<EventAck | undefined> => {
        if (!available) throw new Error('Could not establish connection. Receiving end does not exist.');
        received.push(event);
        return { ok: true, id: event.id };
      }),
      alive,
    );
    queue(sampleEvent());
    await settle();
    expect(timers.size()).toBe(1);
    timers.runAll(); // the worker is still down
    await settle();
    expect(timers.size()).toBe(1);
    available = true;
    timers.runAll();
    await settle();
    expect(received.map((e) => e.id)).toEqual(['event-0001']);
    expect(timers.size()).toBe(0);
  });

  it('retries when the worker died before answering (no ack)', async () => {
    const timers = manualTimers();
    let calls = 0;
    const queue = createEventQueue(sending(async (event) => (++calls === 1 ? undefined : { ok: true, id: event.id })), alive);
    queue(sampleEvent());
    await settle();
    timers.runAll();
    await settle();
    expect(calls).toBe(2);
    expect(timers.size()).toBe(0);
  });

  it('retries when the background failed to store it (an error wrapped by its message layer, not a refusal)', async () => {
    const timers = manualTimers();
    let calls = 0;
    const wrappedError = { __mozWebExtensionPolyfillReject__: true, message: 'QuotaExceededError' };
    const queue = createEventQueue(sending(async (event) => (++calls === 1 ? (wrappedError as never) : { ok: true, id: event.id })), alive);
    queue(sampleEvent());
    await settle();
    timers.runAll();
    await settle();
    expect(calls).toBe(2);
    expect(timers.size()).toBe(0);
  });

  it('drops an event the background refuses on its contents, and says so', async () => {
    const timers = manualTimers();
    const queue = createEventQueue(sending(async () => ({ ok: false, error: 'invalid event: site' })), alive);
    queue(sampleEvent());
    await settle();
    expect(refusals.mock.calls).toEqual([['Vigie: event refused:', 'invalid event: site']]);
    refusals.mockClear();
    expect(timers.size()).toBe(0);
  });

  it('backs off exponentially up to 15 s', async () => {
    let calls = 0;
    const queue = createEventQueue(sending(async () => void calls++), alive);
    queue(sampleEvent());
    await settle();
    for (const delay of [250, 500, 1000, 2000, 4000, 8000, MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS]) {
      const before = calls;
      vi.advanceTimersByTime(delay - 1);
      await settle();
      expect(calls).toBe(before);
      vi.advanceTimersByTime(1);
      await settle();
      expect(calls).toBe(before + 1);
    }
  });
});

describe('event queue in an orphaned script', () => {
  it('stops retrying once the script is no longer alive', async () => {
    const timers = manualTimers();
    let live = true;
    let calls = 0;
    const queue = createEventQueue(
      sending(async () => {
        calls++;
        throw new Error('Extension context invalidated.');
      }),
      () => live,
    );
    queue(sampleEvent());
    await settle();
    live = false;
    timers.runAll();
    await settle();
    expect(calls).toBe(1);
    expect(timers.size()).toBe(0);
  });
});
