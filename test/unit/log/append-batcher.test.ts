import { describe, expect, it } from 'vitest';
import { createBatcher } from '../../../utils/log/append-batcher';

/** A write that records its batches and finishes when the test says so. */
function controlledWrite() {
  const batches: number[][] = [];
  const finish: ((error?: Error) => void)[] = [];
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push(items);
      finish.push((error) => (error ? reject(error) : resolve()));
    });
  return { batches, finish, write };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('append batcher (group commit)', () => {
  it('writes items that arrive together in one batch, and resolves each only once the batch is written', async () => {
    const { batches, finish, write } = controlledWrite();
    const timers: (() => void)[] = [];
    const batcher = createBatcher(write, { windowMs: 10, setTimer: (callback) => timers.push(callback) });
    const settled: number[] = [];
    const submitted = [1, 2, 3].map((n) => batcher.submit(n).then(() => settled.push(n)));
    expect(timers).toHaveLength(1);
    timers[0]();
    await tick();
    expect(batches).toEqual([[1, 2, 3]]);
    expect(settled).toEqual([]);
    finish[0]();
    await Promise.all(submitted);
    expect(settled).toEqual([1, 2, 3]);
  });

  it('writes at once when idle, and queues what arrives during a write for the next batch, written right after it', async () => {
    const { batches, finish, write } = controlledWrite();
    const batcher = createBatcher(write, { windowMs: 0 });
    const first = batcher.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = [batcher.submit(2), batcher.submit(3)];
    expect(batches).toEqual([[1]]);
    finish[0]();
    await first;
    await tick();
    expect(batches).toEqual([[1], [2, 3]]);
    finish[1]();
    await Promise.all(later);
  });

  it('rejects every item of a failed batch (their senders retry) and goes on with the next', async () => {
    const { batches, finish, write } = controlledWrite();
    const batcher = createBatcher(write, { windowMs: 0, maxBatch: 2 });
    const results = [1, 2, 3].map((n) => batcher.submit(n).then(() => 'stored', (error: Error) => error.message));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(batches).toEqual([[1, 2]]);
    finish[0](new Error('disk full'));
    await tick();
    expect(batches).toEqual([[1, 2], [3]]);
    finish[1]();
    expect(await Promise.all(results)).toEqual(['disk full', 'disk full', 'stored']);
  });
});
