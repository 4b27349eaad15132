import { parseContentEvent, type EventAck, type UsageEvent } from '../messaging';

/** What the background knows of a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

/**
 * Checks that a message comes from one of our content scripts in an https frame on `site`: our extension, a
 * tab, and the frame's host is the site the payload names. Returns the reason when it does not.
 */
export function checkContentSender(sender: SenderInfo, extensionId: string, site: string, subject = 'site'): string | undefined {
  if (!isContentScript(sender, extensionId)) return 'sender is not one of our content scripts';
  let frame: URL;
  try {
    frame = new URL(sender.url ?? '');
  } catch {
    return 'sender url is not a url';
  }
  if (frame.protocol !== 'https:' || frame.hostname !== site) return `${subject} ${site} does not match its frame`;
  return undefined;
}

/**
 * Where a content script of ours runs: its tab, its frame and the frame's https URL; undefined for any
 * other sender (another extension, an extension page, a frame without an id, a plain-http page).
 */
export function contentFrame(sender: SenderInfo & { frameId?: number }, extensionId: string): { tabId: number; frameId: number; url: URL } | undefined {
  const tabId = (sender.tab as { id?: unknown } | undefined)?.id;
  if (!isContentScript(sender, extensionId) || typeof tabId !== 'number' || typeof sender.frameId !== 'number') return undefined;
  try {
    const url = new URL(sender.url!);
    return url.protocol === 'https:' ? { tabId, frameId: sender.frameId, url } : undefined;
  } catch {
    return undefined;
  }
}

/** True when the sender is a content script of ours (our extension, in a tab, with a frame url). */
export function isContentScript(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab !== undefined && Boolean(sender.url);
}

/**
 * Handles a content->bg event: checks the sender and the payload, hands the event to `append` (which batches
 * and stores it), and acknowledges it once stored. A storage failure rejects, so the content script keeps the
 * event and retries.
 */
export async function receiveEvent(message: unknown, sender: SenderInfo, deps: { extensionId: string; append(event: UsageEvent): Promise<unknown> }): Promise<EventAck> {
  if (!isContentScript(sender, deps.extensionId)) return { ok: false, error: 'sender is not one of our content scripts' };
  const parsed = parseContentEvent(message);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const refused = checkContentSender(sender, deps.extensionId, parsed.event.site, 'event site');
  if (refused) return { ok: false, id: parsed.event.id, error: refused };
  await deps.append(parsed.event);
  return { ok: true, id: parsed.event.id };
}
