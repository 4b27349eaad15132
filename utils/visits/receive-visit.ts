import { checkContentSender, type SenderInfo } from '../log/receive-event';
import { parseVisitReport, type EventAck, type VisitReport } from '../messaging';

/**
 * Handles a content->bg visit report: checks the sender as for events (our content script, an https frame
 * on the reported host) and that it is a top frame (frames inside a page are not visits), parses it, and
 * hands it to `count` unless the policy says not to record visits. Acknowledged once counted (or dropped by
 * the policy); a storage failure rejects, so the page retries.
 */
export async function receiveVisit(
  message: unknown,
  sender: SenderInfo,
  deps: { extensionId: string; enabled(): Promise<boolean>; count(visit: VisitReport): Promise<unknown> },
): Promise<EventAck> {
  const parsed = parseVisitReport(message);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const refused = checkContentSender(sender, deps.extensionId, parsed.visit.site, 'visit site');
  if (refused) return { ok: false, id: parsed.visit.id, error: refused };
  if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: false, id: parsed.visit.id, error: 'visits are reported by top frames only' };
  if (await deps.enabled()) await deps.count(parsed.visit);
  return { ok: true, id: parsed.visit.id };
}
