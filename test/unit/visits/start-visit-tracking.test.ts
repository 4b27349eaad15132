import { describe, expect, it, vi } from 'vitest';
import type { ContentToBgVisit } from '../../../utils/messaging';
import { startVisitTracking } from '../../../utils/visits/start-visit-tracking';

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
    startVisitTracking(
      fakeWindow(),
      async (message) => {
        sent.push(message);
        // The worker is asleep the first time (no answer), then acknowledges.
        return ++answers > 1 ? { ok: true, id: message.visit.id } : undefined;
      },
      () => true,
      () => true,
    );
    await vi.advanceTimersByTimeAsync(5000);
    vi.useRealTimers();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual({ type: 'content->bg:visit', visit: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), site: 'chatgpt.com', time: expect.any(Number), visits: 1, activeSeconds: 0 } });
    expect(sent[1].visit.id).toBe(sent[0].visit.id);
  });

  it('does nothing in a frame inside the page, or when the policy turns visits off', () => {
    const sendMessage = vi.fn(async () => ({ ok: true }));
    startVisitTracking(fakeWindow(false), sendMessage, () => true, () => true);
    startVisitTracking(fakeWindow(), sendMessage, () => true, () => false);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
