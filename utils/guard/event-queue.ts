import type { EventAck, UsageEvent } from '../messaging';

/** Sends one event to the background; resolves with its acknowledgement, rejects when unreachable. */
export type SendEvent = (event: UsageEvent) => Promise<EventAck | undefined>;

/** Backoff: 250 ms, 500 ms, 1 s ... capped at 15 s, so a restarting service worker is retried promptly. */
export function defaultRetryDelay(attempt: number): number {
  return Math.min(15_000, 250 * 2 ** (attempt - 1));
}

/**
 * Creates the delivery queue, as the function that queues an event. A service worker that is asleep, restarting or
 * killed mid-message makes `send` reject or resolve without an ack; the event then stays queued and is sent again
 * later. `onRejected` is called with the error when the background refuses an event for good (a bug, never expected in
 * use). `isAlive` is false once this script is orphaned (the extension was updated or reloaded under the page): its
 * messages can never arrive, and the new script instance takes over, so retrying stops. Arguments rather than an object
 * of them, and a function rather than an object holding it: the content script's bytes.
 */
export function createEventQueue(send: SendEvent, onRejected: (error: string) => void, isAlive: () => boolean): (event: UsageEvent) => void {
  // Each event waiting for its acknowledgement is held by its own retry (its timer), not in a list.
  async function deliver(event: UsageEvent, attempt: number): Promise<void> {
    if (!isAlive()) return;
    let ack: EventAck | undefined;
    try {
      ack = await send(event);
    } catch {
      // A send that throws leaves ack undefined: the event is retried below.
    }
    if (ack?.ok && ack.id === event.id) return;
    // Anything else (no answer, or an error the background's message layer wrapped) is retried.
    if (ack?.ok === false) {
      // Refused on its contents: sending the same bytes again cannot succeed.
      onRejected(ack.error);
      return;
    }
    // setTimeout hands deliver its arguments (its promise goes unused, as it did).
    setTimeout(deliver, defaultRetryDelay(attempt), event, attempt + 1);
  }

  return (event) => void deliver(event, 1);
}
