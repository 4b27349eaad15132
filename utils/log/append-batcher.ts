/**
 * Group commit for the usage log: items that arrive while a write is in flight share the next write (one
 * IndexedDB transaction), and each submitter learns only once its write is committed. An item that arrives
 * when nothing is being written goes at once (no added latency); a burst from ten tabs becomes a few
 * transactions instead of hundreds, and nothing is acknowledged before it is stored.
 */

/** Options of a batcher. */
export interface BatcherOptions {
  /** How long the first item of a batch waits for others, in ms (default 0: only what arrives in the same task). */
  windowMs?: number;
  /** The most items one write takes (default 200). */
  maxBatch?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

/** Collects items into batches and writes them one batch at a time. */
export interface Batcher<T> {
  /** Resolves once the item's batch is written; rejects when that write fails (the sender then retries). */
  submit(item: T): Promise<void>;
}

/** Creates a batcher around `write`, which stores a batch (all or nothing) or rejects. */
export function createBatcher<T>(write: (items: T[]) => Promise<unknown>, options: BatcherOptions = {}): Batcher<T> {
  const windowMs = options.windowMs ?? 0;
  const maxBatch = options.maxBatch ?? 200;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  let queue: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let scheduled = false;
  let writing = false;

  async function flush(): Promise<void> {
    scheduled = false;
    if (writing || queue.length === 0) return;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    writing = true;
    try {
      await write(batch.map((entry) => entry.item));
      for (const entry of batch) entry.resolve();
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      writing = false;
      // What arrived during the write has waited long enough: it goes next, at once.
      if (queue.length > 0) void flush();
    }
  }

  return {
    submit(item) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (writing || scheduled) return;
        scheduled = true;
        if (windowMs === 0 || queue.length >= maxBatch) queueMicrotask(() => void flush());
        else setTimer(() => void flush(), windowMs);
      });
    },
  };
}
