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
 * frame the page made, as TinyMCE's) the https origin the browser says it inherits. Firefox does not give
 * `sender.origin`: there such a frame counts as part of its tab's https page, so it is accepted only when the
 * site it names is the tab's own (our content script runs in an about: frame only when the frame that made it
 * is a guarded site, and names the origin it inherits; a frame of another site in the page is refused).
 * Undefined otherwise.
 */
export function senderPage(sender: SenderInfo): URL | undefined {
  const https = (text: unknown) => {
    try {
      const url = new URL(typeof text === 'string' ? text : '');
      return url.protocol === 'https:' ? url : undefined;
    } catch {
      return undefined;
    }
  };
  if (sender.url !== 'about:blank' && sender.url !== 'about:srcdoc') return https(sender.url);
  if (sender.origin === undefined) return https((sender.tab as { url?: unknown } | undefined)?.url);
  const origin = https(sender.origin);
  return origin?.origin === sender.origin ? origin : undefined;
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
