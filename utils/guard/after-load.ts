/** How long after the page's load event the guard waits before it looks for idle time for its own preparation. */
export const AFTER_LOAD_DELAY_MS = 1000;

/**
 * Runs `work` in idle time once the page has loaded and settled: after the load event, plus a delay, in an idle
 * period (within 5 s). requestIdleCallback alone fires in the first idle period, which comes while the page is
 * still loading (waiting for its scripts); in a fresh renderer process, the detection engine's preparation
 * takes 20-30 ms, which then delays the page's own scripts. Without requestIdleCallback, nothing runs.
 */
export function runAfterLoad(win: Window, work: () => void): void {
  const settle = () => setTimeout(() => win.requestIdleCallback?.(work, { timeout: 5000 }), AFTER_LOAD_DELAY_MS);
  if (win.document.readyState === 'complete') settle();
  // A document loads once: the listener needs no removal.
  else win.addEventListener('load', settle);
}
