import { describe, expect, it, vi } from 'vitest';
import type { ContentToBgVisit } from '../../../utils/messaging';
import { startVisitTracking } from '../../../utils/visits/start-visit-tracking';
import { trackVisits } from '../../../utils/visits/visit-tracker';

// The tracker's listeners, injected in a page; here at once.
const loadTracker = async () => trackVisits;

function fakeWindow(top = true) {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible', hasFocus: () => true });
  const win = Object.assign(new EventTarget(), { document: doc, location: { hostname: 'chatgpt.com' }, top: {} as unknown });
  if (top) win.top = win;
  return win as unknown as Window;
}

describe('startVisitTracking', () => {
  it('sends the top frame\'s visit with a fresh id and the host only, and retries until the background answers', async () => {
    vi.useFakeTimers();
    const sent: ContentToBgVisit[] = [];
    let answers = 0;
    startVisitTracking({
      win: fakeWindow(),
      sendMessage: async (message) => {
        sent.push(message);
        // The worker is asleep the first time (no answer), then acknowledges.
        return ++answers > 1 ? { ok: true, id: message.visit.id } : undefined;
      },
      isAlive: () => true,
      enabled: () => true,
      loadTracker,
    });
    await vi.advanceTimersByTimeAsync(5000);
    vi.useRealTimers();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual({ type: 'content->bg:visit', visit: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), site: 'chatgpt.com', time: expect.any(Number), visits: 1, activeSeconds: 0 } });
    expect(sent[1].visit.id).toBe(sent[0].visit.id);
  });

  it('does nothing in a frame inside the page, or when the policy turns visits off', () => {
    const sendMessage = vi.fn(async () => ({ ok: true }));
    startVisitTracking({ win: fakeWindow(false), sendMessage, isAlive: () => true, enabled: () => true, loadTracker });
    startVisitTracking({ win: fakeWindow(), sendMessage, isAlive: () => true, enabled: () => false, loadTracker });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('reports the visit at once, before the tracker is injected (the page may be closed a moment later)', () => {
    const sendMessage = vi.fn(async (message: ContentToBgVisit) => ({ ok: true, id: message.visit.id }));
    startVisitTracking({ win: fakeWindow(), sendMessage, isAlive: () => true, enabled: () => true, loadTracker: () => new Promise(() => {}) });
    expect(sendMessage).toHaveBeenCalledOnce();
    expect(sendMessage.mock.calls[0][0].visit).toMatchObject({ visits: 1, activeSeconds: 0 });
  });

  it('the injected tracker does not count that visit again', async () => {
    const sendMessage = vi.fn(async (message: ContentToBgVisit) => ({ ok: true, id: message.visit.id }));
    const load = vi.fn(loadTracker);
    startVisitTracking({ win: fakeWindow(), sendMessage, isAlive: () => true, enabled: () => true, loadTracker: load });
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sendMessage).toHaveBeenCalledOnce();
  });
});
