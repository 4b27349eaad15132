import { CONTENT_TO_BG_VISIT, type ContentToBgVisit, type EventAck, type VisitReport } from '../messaging';
import { trackVisits } from './visit-tracker';

/**
 * Tracks visits in the top frame of `win` and sends each report to the background (`sendMessage`), retrying a few
 * times while the service worker wakes up; the report's id makes a retry count once. `isAlive` is false once this
 * script is orphaned (the extension was reloaded under the page: nothing can arrive), `enabled` when the policy in
 * force says not to record visits (the background checks it too). Arguments rather than an object of them: the
 * content script's bytes.
 */
export function startVisitTracking(win: Window, sendMessage: (message: ContentToBgVisit) => Promise<unknown>, isAlive: () => boolean, enabled: () => boolean): void {
  if (win !== win.top) return;
  const deliver = (visit: VisitReport, attempt: number): void => {
    if (!isAlive()) return;
    sendMessage({ type: CONTENT_TO_BG_VISIT, visit })
      // Any answer ends it: stored, or refused for a reason a retry would not fix.
      .then((ack) => typeof (ack as EventAck | undefined)?.ok === 'boolean', () => false)
      .then((answered) => answered || attempt > 4 || setTimeout(deliver, 500 * 2 ** attempt, visit, attempt + 1));
  };
  trackVisits(win, (visits, activeSeconds) => {
    if (enabled()) deliver({ id: crypto.randomUUID(), site: win.location.hostname, time: Date.now(), visits, activeSeconds }, 1);
  });
}
