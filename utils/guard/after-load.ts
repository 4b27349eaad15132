/** How long after the page's load event the guard waits before it looks for idle time for its own preparation. */
export const AFTER_LOAD_DELAY_MS = 1000;
/** The longest the preparation then waits for idle time. */
export const IDLE_TIMEOUT_MS = 5000;

/**
 * Runs `work` in idle time once the page has loaded and settled: after the load event, plus a delay, in an idle
 * period. requestIdleCallback alone fires in the first idle period, which comes while the page is still loading
 * (waiting for its scripts); in a fresh renderer process, the detection engine's preparation takes 20-30 ms,
 * which then delays the page's own scripts.
 */
export function runAfterLoad(win: Window, work: () => void): void {
  const idle = () => (win.requestIdleCallback ? win.requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS }) : work());
  const settle = () => win.setTimeout(idle, AFTER_LOAD_DELAY_MS);
  if (win.document.readyState === 'complete') settle();
  else win.addEventListener('load', settle, { once: true });
}
