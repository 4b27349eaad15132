import { CONTENT_TO_BG_VISIT, type ContentToBgVisit, type EventAck, type VisitReport } from '../messaging';
import { visitStartOf, type trackVisits } from './visit-tracker';

/** The global under which the lazily injected visit tracker (entrypoints/visits.ts) registers trackVisits. */
export const VISITS_GLOBAL = '__vigieVisits';

/** What the content script gives the visit tracker. */
export interface VisitTrackingDeps {
  win: Window;
  sendMessage(message: ContentToBgVisit): Promise<unknown>;
  /** False once this script is orphaned (the extension was reloaded under the page): nothing can arrive. */
  isAlive(): boolean;
  /** False when the policy in force says not to record visits (the background checks it too). */
  enabled(): boolean;
  /** Has the tracker (visit-tracker.ts) injected into this frame, or rejects. */
  loadTracker(): Promise<typeof trackVisits>;
}

/**
 * Tracks visits in the top frame and sends each report to the background, retrying a few times while the
 * service worker wakes up; the report's id makes a retry count once. The visit of a page shown now is reported
 * at once (the page may be closed a moment later); the tracker's listeners, which report the active time and
 * later visits, are injected (reports are asynchronous anyway), and count from the page's state now.
 */
export function startVisitTracking({ win, sendMessage, isAlive, enabled, loadTracker }: VisitTrackingDeps): void {
  if (win !== win.top) return;
  const deliver = (visit: VisitReport, attempt: number): void => {
    if (!isAlive()) return;
    sendMessage({ type: CONTENT_TO_BG_VISIT, visit })
      // Any answer ends it: stored, or refused for a reason a retry would not fix.
      .then((ack) => typeof (ack as EventAck | undefined)?.ok === 'boolean', () => false)
      .then((answered) => answered || attempt > 4 || setTimeout(() => deliver(visit, attempt + 1), 500 * 2 ** attempt));
  };
  const send = (visits: number, activeSeconds: number) => {
    if (enabled()) deliver({ id: crypto.randomUUID(), site: win.location.hostname, time: Date.now(), visits, activeSeconds }, 1);
  };
  const start = { ...visitStartOf(win.document, Date.now()), reported: true };
  if (start.visible) send(1, 0);
  loadTracker().then(
    (track) => track(win, send, Date.now, start),
    (error: unknown) => console.error('Vigie: visits not tracked', error),
  );
}
