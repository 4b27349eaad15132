import { CONTENT_TO_BG_EVENT, type ContentToBgEvent, type EventAck, type UsageEvent } from '../messaging';

/** Sends a message with one event to the background; resolves with its acknowledgement, rejects when unreachable. */
export type SendEvent = (message: ContentToBgEvent) => Promise<unknown>;

/** The longest wait before an event is sent again. */
export const MAX_RETRY_DELAY_MS = 15_000;

/**
 * Creates the delivery queue, as the function that queues an event. A service worker that is asleep, restarting or
 * killed mid-message makes `send` reject or resolve without an ack; the event then stays queued and is sent again
 * later: after 250 ms, 500 ms, 1 s ... capped at 15 s, so a restarting service worker is retried promptly. An event the
 * background refuses for good (a bug, never expected in use) is dropped, and the refusal logged. `isAlive` is false
 * once this script is orphaned (the extension was updated or reloaded under the page): its messages can never arrive,
 * and the new script instance takes over, so retrying stops. Given what sends a message (made here) and `isAlive`:
 * arguments rather than an object of them, a function rather than an object holding it, and the message, the delay
 * and the log written where they are used rather than passed in, which terser would call as functions written out
 * at their call (14 bytes gzipped): the content script's bytes.
 */
export function createEventQueue(send: SendEvent, isAlive: () => boolean): (event: UsageEvent) => void {
  // Each event waiting for its acknowledgement is held by its own retry (its timer), not in a list.
  async function deliver(event: UsageEvent, attempt: number): Promise<void> {
    if (!isAlive()) return;
    let ack: EventAck | undefined;
    try {
      ack = (await send({ type: CONTENT_TO_BG_EVENT, event })) as EventAck | undefined;
    } catch {
      // A send that throws leaves ack undefined: the event is retried below.
    }
    if (ack?.ok && ack.id === event.id) return;
    // Anything else (no answer, or an error the background's message layer wrapped) is retried.
    if (ack?.ok === false) {
      // Refused on its contents: sending the same bytes again cannot succeed.
      console.error('Vigie: event refused:', ack.error);
      return;
    }
    // setTimeout hands deliver its arguments (its promise goes unused, as it did).
    setTimeout(deliver, Math.min(MAX_RETRY_DELAY_MS, 250 * 2 ** (attempt - 1)), event, attempt + 1);
  }

  return (event) => void deliver(event, 1);
}
