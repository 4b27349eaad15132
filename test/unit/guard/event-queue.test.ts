import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventQueue, defaultRetryDelay } from '../../../utils/guard/event-queue';
import type { EventAck, UsageEvent } from '../../../utils/messaging';
import { sampleEvent } from '../sample-event';

// Faked timers: retries run only when the test says so.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout'] }));
afterEach(() => vi.useRealTimers());
function manualTimers() {
  return { runAll: () => vi.runOnlyPendingTimers(), size: () => vi.getTimerCount() };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));
// What the guard always gives the queue, for the tests that are not about it: no refusal expected, a live script.
const unexpected = () => expect.unreachable('no refusal expected');
const alive = () => true;

describe('event queue', () => {
  it('retries until the background acknowledges, then stops', async () => {
    const timers = manualTimers();
    const received: UsageEvent[] = [];
    let available = false;
    const queue = createEventQueue(
      async (event): Promise<EventAck | undefined> => {
        if (!available) throw new Error('Could not establish connection. Receiving end does not exist.');
        received.push(event);
        return { ok: true, id: event.id };
      },
      unexpected,
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
    const queue = createEventQueue(async (event) => (++calls === 1 ? undefined : { ok: true, id: event.id }), unexpected, alive);
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
    const queue = createEventQueue(async (event) => (++calls === 1 ? (wrappedError as never) : { ok: true, id: event.id }), unexpected, alive);
    queue(sampleEvent());
    await settle();
    timers.runAll();
    await settle();
    expect(calls).toBe(2);
    expect(timers.size()).toBe(0);
  });

  it('drops an event the background refuses on its contents, and says so', async () => {
    const timers = manualTimers();
    const rejected: string[] = [];
    const queue = createEventQueue(
      async () => ({ ok: false, error: 'invalid event: site' }),
      (error) => rejected.push(error),
      alive,
    );
    queue(sampleEvent());
    await settle();
    expect(rejected).toEqual(['invalid event: site']);
    expect(timers.size()).toBe(0);
  });

  it('backs off exponentially up to 15 s', () => {
    expect([1, 2, 3, 7, 20].map(defaultRetryDelay)).toEqual([250, 500, 1000, 15000, 15000]);
  });
});

describe('event queue in an orphaned script', () => {
  it('stops retrying once the script is no longer alive', async () => {
    const timers = manualTimers();
    let live = true;
    let calls = 0;
    const queue = createEventQueue(
      async () => {
        calls++;
        throw new Error('Extension context invalidated.');
      },
      unexpected,
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
