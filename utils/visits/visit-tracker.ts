/**
 * Shadow AI discovery, in the page: counts that the user saw a catalog AI site (a page shown) and for how long
 * it was visible and focused, and reports it to the background, which adds it up per site and day. It runs in
 * the top frame of every catalog page the content script already runs on, so it needs no permission of its
 * own; it registers listeners only (no timer, no observer) and reports at most when the page is shown, hidden
 * or left. It never reads the page: no URL path, no title, no content.
 */

/** Active time is reported in whole steps of this many seconds; the remainder waits for the next report. */
export const ACTIVE_STEP_SECONDS = 15;
/** One stretch of activity counts at most this long: a focused tab left alone does not count all day. */
export const MAX_ACTIVE_SPAN_MS = 30 * 60 * 1000;

/** Receives what the page adds since its last report (never both zero). */
export type SendVisit = (visits: number, activeSeconds: number) => void;

/**
 * Starts tracking `win`'s document. A visit is counted when the page is first shown (now, or when a
 * background tab is first brought up) and again when it comes back from the back/forward cache; active time
 * runs while the page is visible and has focus, and is reported when the page is hidden or left.
 */
export function trackVisits(win: Window, send: SendVisit): void {
  const doc = win.document;
  let shown = false;
  let visits = 0;
  let activeMs = 0;
  let since: number | undefined;
  const step = ACTIVE_STEP_SECONDS * 1000;

  // Closes the running stretch of activity, if any, and opens one if the page is active now.
  const tick = () => {
    // Date.now itself, not a clock passed in (tests stub it): 5 bytes gzipped of the content script.
    const time = Date.now();
    if (since !== undefined) activeMs += Math.min(time - since, MAX_ACTIVE_SPAN_MS);
    since = doc.visibilityState === 'visible' && doc.hasFocus() ? time : undefined;
  };
  const report = () => {
    tick();
    const steps = Math.floor(activeMs / step);
    activeMs -= steps * step;
    if (visits > 0 || steps > 0) send(visits, steps * ACTIVE_STEP_SECONDS);
    visits = 0;
  };
  const onShow = () => {
    if (shown || doc.visibilityState !== 'visible') return tick();
    shown = true;
    visits++;
    report();
  };

  doc.addEventListener('visibilitychange', () => (doc.visibilityState === 'visible' ? onShow() : report()));
  win.addEventListener('focus', tick);
  win.addEventListener('blur', tick);
  win.addEventListener('pagehide', () => {
    report();
    // A page kept in the back/forward cache is not active, and counts as a new visit if it comes back.
    since = undefined;
    shown = false;
  });
  win.addEventListener('pageshow', (event) => (event as PageTransitionEvent).persisted && onShow());
  onShow();
}
