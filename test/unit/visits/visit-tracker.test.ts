import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_ACTIVE_SPAN_MS, trackVisits } from '../../../utils/visits/visit-tracker';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A page whose visibility, focus and clock the test moves, and the reports the tracker sent. */
function fakePage({ visible = true, focused = true } = {}) {
  const state = { visible, focused, time: 0 };
  const doc = Object.defineProperties(new EventTarget(), {
    visibilityState: { get: () => (state.visible ? 'visible' : 'hidden') },
    hasFocus: { value: () => state.focused },
  });
  const win = Object.assign(new EventTarget(), { document: doc });
  const reports: [number, number][] = [];
  vi.spyOn(Date, 'now').mockImplementation(() => state.time);
  trackVisits(win as unknown as Window, (visits, seconds) => reports.push([visits, seconds]));
  return {
    reports,
    wait(seconds: number) {
      state.time += seconds * 1000;
    },
    hide() {
      state.visible = false;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    show() {
      state.visible = true;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    blur() {
      state.focused = false;
      win.dispatchEvent(new Event('blur'));
    },
    focus() {
      state.focused = true;
      win.dispatchEvent(new Event('focus'));
    },
    leave(persisted = false) {
      win.dispatchEvent(Object.assign(new Event('pagehide'), { persisted }));
    },
    back() {
      win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    },
  };
}

describe('visit tracker', () => {
  it('reports the visit as soon as the page is shown, then the active time in 15-second steps when it is hidden', () => {
    const page = fakePage();
    expect(page.reports).toEqual([[1, 0]]);
    page.wait(100);
    page.hide();
    // 100 s: six whole steps (90 s); the 10 s left wait for the next report.
    expect(page.reports).toEqual([[1, 0], [0, 90]]);
    page.wait(3600);
    page.show();
    page.wait(5);
    page.leave();
    expect(page.reports).toEqual([[1, 0], [0, 90], [0, 15]]);
  });

  it('counts only the time the page is visible and focused', () => {
    const page = fakePage();
    page.wait(30);
    page.blur();
    page.wait(600);
    page.focus();
    page.wait(30);
    page.leave();
    expect(page.reports).toEqual([[1, 0], [0, 60]]);
  });

  it('waits for a background tab to be shown before counting a visit', () => {
    const page = fakePage({ visible: false });
    page.wait(60);
    expect(page.reports).toEqual([]);
    page.show();
    expect(page.reports).toEqual([[1, 0]]);
  });

  it('caps a stretch without any change, so a tab left in front does not count all day', () => {
    const page = fakePage();
    page.wait(8 * 3600);
    page.hide();
    expect(page.reports[1]).toEqual([0, MAX_ACTIVE_SPAN_MS / 1000]);
  });

  it('counts a page restored from the back/forward cache as a new visit, and not the time it spent there', () => {
    const page = fakePage();
    page.leave(true);
    page.wait(3600);
    page.back();
    page.wait(20);
    page.hide();
    expect(page.reports).toEqual([[1, 0], [1, 0], [0, 15]]);
  });
});
