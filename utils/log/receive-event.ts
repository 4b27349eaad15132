import { parseContentEvent, type EventAck } from '../messaging';
import type { AppendContext, LogStore } from './log-store';

/** What the background knows of a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Handles a content->bg event: checks the sender (our extension, a tab, an https frame on the host the
 * event names) and the payload, stores the event, and acknowledges it.
 */
export async function receiveEvent(
  message: unknown,
  sender: SenderInfo,
  deps: { extensionId: string; store: () => Promise<LogStore>; context: () => AppendContext },
): Promise<EventAck> {
  if (sender.id !== deps.extensionId || sender.tab === undefined || !sender.url) {
    return { ok: false, error: 'sender is not one of our content scripts' };
  }
  const parsed = parseContentEvent(message);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  let frame: URL;
  try {
    frame = new URL(sender.url);
  } catch {
    return { ok: false, id: parsed.event.id, error: 'sender url is not a url' };
  }
  if (frame.protocol !== 'https:' || frame.hostname !== parsed.event.site) {
    return { ok: false, id: parsed.event.id, error: `event site ${parsed.event.site} does not match its frame` };
  }
  const store = await deps.store();
  // A storage failure rejects here, so the content script keeps the event and retries.
  await store.append([parsed.event], deps.context());
  return { ok: true, id: parsed.event.id };
}
