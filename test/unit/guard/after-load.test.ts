import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_LOAD_DELAY_MS, runAfterLoad } from '../../../utils/guard/after-load';

/** A window that is still loading, with an idle queue the test empties by hand. */
function loadingWindow(readyState: DocumentReadyState = 'loading') {
  const target = new EventTarget();
  const idle: (() => void)[] = [];
  const win = {
    document: { readyState },
    addEventListener: target.addEventListener.bind(target),
    requestIdleCallback: (callback: () => void) => idle.push(callback),
  };
  return { win: win as unknown as Window, load: () => target.dispatchEvent(new Event('load')), runIdle: () => idle.splice(0).forEach((callback) => callback()) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('preparation after the page has loaded', () => {
  it('waits for the load event, then the delay, then idle time', () => {
    const { win, load, runIdle } = loadingWindow();
    const work = vi.fn();
    runAfterLoad(win, work);
    vi.advanceTimersByTime(10 * AFTER_LOAD_DELAY_MS);
    runIdle();
    expect(work).not.toHaveBeenCalled();

    load();
    vi.advanceTimersByTime(AFTER_LOAD_DELAY_MS - 1);
    runIdle();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).not.toHaveBeenCalled();
    runIdle();
    expect(work).toHaveBeenCalledOnce();
  });

  it('starts from the delay when the page had loaded already (a script injected late)', () => {
    const { win, runIdle } = loadingWindow('complete');
    const work = vi.fn();
    runAfterLoad(win, work);
    vi.advanceTimersByTime(AFTER_LOAD_DELAY_MS);
    runIdle();
    expect(work).toHaveBeenCalledOnce();
  });
});
