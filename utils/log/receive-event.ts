import { parseContentEvent, type EventAck, type UsageEvent } from '../messaging';

/** What the background knows of a message's sender (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** The frame's origin (Chromium); for about:blank and about:srcdoc frames, the origin they inherit. */
  origin?: string;
  tab?: unknown;
  frameId?: number;
}

/**
 * The https page a sender's frame belongs to: its URL, or for an about:blank or about:srcdoc frame (an editing
 * frame the page made, as TinyMCE's) the https origin the browser says it inherits. Undefined otherwise: a
 * browser that does not give `sender.origin` gets such frames refused, never trusted on their word (Chromium and
 * Firefox ESR both give it for these frames).
 */
export function senderPage(sender: SenderInfo): URL | undefined {
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url;
  if (url.href !== 'about:blank' && url.href !== 'about:srcdoc') return undefined;
  try {
    const origin = new URL(sender.origin ?? '');
    return origin.protocol === 'https:' && origin.origin === sender.origin ? origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks that a message comes from one of our content scripts in an https frame on `site` (or an about:blank or
 * about:srcdoc frame of that https origin): our extension, a tab, and the frame's host is the site the payload
 * names. Returns the reason when it does not.
 */
export function checkContentSender(sender: SenderInfo, extensionId: string, site: string, subject = 'site'): string | undefined {
  if (!isContentScript(sender, extensionId)) return 'sender is not one of our content scripts';
  if (senderPage(sender)?.hostname !== site) return `${subject} ${site} does not match its frame`;
  return undefined;
}

/**
 * Where a content script of ours runs: its tab, its frame and the frame's https URL (for an about:blank or
 * about:srcdoc frame, its inherited https origin); undefined for any other sender (another extension, an
 * extension page, a frame without an id, a plain-http page, an about: frame of no known https origin).
 */
export function contentFrame(sender: SenderInfo & { frameId?: number }, extensionId: string): { tabId: number; frameId: number; url: URL } | undefined {
  const tabId = (sender.tab as { id?: unknown } | undefined)?.id;
  if (!isContentScript(sender, extensionId) || typeof tabId !== 'number' || typeof sender.frameId !== 'number') return undefined;
  const url = senderPage(sender);
  return url ? { tabId, frameId: sender.frameId, url } : undefined;
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
