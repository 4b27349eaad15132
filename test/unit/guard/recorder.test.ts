import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../utils/detect/types';
import { redactedExcerpt } from '../../../utils/guard/excerpt';
import { createRecorder } from '../../../utils/guard/recorder';
import type { UsageEvent } from '../../../utils/messaging';
import { sampleEvent } from '../sample-event';

// A fake card number (Visa test range).
const text = 'refund card 4111 1111 1111 1111 today';
const found: Finding[] = [{ type: 'pii.credit_card', start: 12, end: 31, confidence: 'high', detector: 'credit-card' }];
const event = (id: string): UsageEvent => ({ ...sampleEvent(), id });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(load: () => Promise<typeof redactedExcerpt>) {
  const pushed: UsageEvent[] = [];
  let loaded: typeof redactedExcerpt | undefined;
  const loadExcerpts = vi.fn(async () => (loaded = await load()));
  const record = createRecorder((e) => pushed.push(e), () => loaded, loadExcerpts);
  return { record, pushed, loadExcerpts };
}

describe('the guard\'s recorder', () => {
  it('hands a record without excerpt to the queue at once, and injects nothing', () => {
    const { record, pushed, loadExcerpts } = setup(async () => redactedExcerpt);
    record(event('event-0001'));
    expect(pushed.map((e) => e.id)).toEqual(['event-0001']);
    expect(pushed[0].excerpt).toBeUndefined();
    expect(loadExcerpts).not.toHaveBeenCalled();
  });

  it('injects the excerpt code on the first record that needs it; records made meanwhile keep their order', async () => {
    const { record, pushed, loadExcerpts } = setup(async () => redactedExcerpt);
    record(event('event-0001'), { text, found });
    record(event('event-0002'));
    expect(pushed).toEqual([]);
    await vi.waitFor(() => expect(pushed).toHaveLength(2));
    expect(pushed.map((e) => e.id)).toEqual(['event-0001', 'event-0002']);
    expect(pushed[0].excerpt).toBe('refund card [CREDIT_CARD] today');
    expect(pushed[1].excerpt).toBeUndefined();
    // Once it is there, records with excerpts go at once too.
    record(event('event-0003'), { text, found });
    expect(pushed.map((e) => e.excerpt)).toEqual(['refund card [CREDIT_CARD] today', undefined, 'refund card [CREDIT_CARD] today']);
    expect(loadExcerpts).toHaveBeenCalledOnce();
  });

  it('sends the record without its excerpt when the code cannot be injected, and tries again next time', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn().mockRejectedValueOnce(new Error('worker unreachable')).mockResolvedValueOnce(redactedExcerpt);
    const { record, pushed } = setup(load);
    record(event('event-0001'), { text, found });
    record(event('event-0002'));
    await vi.waitFor(() => expect(pushed).toHaveLength(2));
    expect(pushed.map((e) => [e.id, e.excerpt])).toEqual([['event-0001', undefined], ['event-0002', undefined]]);
    expect(consoleError).toHaveBeenCalledWith('Vigie: record without its excerpt', expect.any(Error));
    record(event('event-0003'), { text, found });
    await settle();
    await vi.waitFor(() => expect(pushed).toHaveLength(3));
    expect(pushed[2].excerpt).toBe('refund card [CREDIT_CARD] today');
  });
});
