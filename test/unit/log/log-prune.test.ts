import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyChain } from '../../../utils/log/chain';
import { exportLogFile } from '../../../utils/log/export-file';
import { parseExport } from '../../../utils/log/import-export';
import { LOG_DB_NAME, openLogStore, type AppendContext, type LogStore } from '../../../utils/log/log-store';
import { sampleEvent } from '../sample-event';

const context: AppendContext = { extensionVersion: '0.1.0', identity: { mode: 'anonymous' } };
const id = (n: number) => `event-${String(n).padStart(4, '0')}`;

describe('pruning the usage log', () => {
  let store: LogStore;
  beforeEach(async () => {
    store = await openLogStore(context);
    await store.append([10, 20, 30, 40, 50].map((time, i) => sampleEvent({ id: id(i + 1), time })), context);
  });
  afterEach(async () => {
    store.close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(LOG_DB_NAME);
      request.onsuccess = request.onerror = () => resolve();
    });
  });

  it('removes records older than the retention limit and states it in a prune record; the rest still verifies', async () => {
    expect(await store.prune({ olderThan: 35 }, 'retention', context)).toBe(3);
    const all = await store.all();
    expect(all.map((r) => [r.seq, r.kind])).toEqual([
      [4, 'paste'],
      [5, 'paste'],
      [6, 'prune'],
    ]);
    expect(all[2].prune).toMatchObject({ reason: 'retention', removedCount: 3, throughSeq: 3 });
    expect(await verifyChain(all)).toMatchObject({ ok: true });
    expect(await store.extent()).toMatchObject({ firstSeq: 4, lastSeq: 6, recordCount: 3 });
  });

  it('removes nothing and writes nothing when no record is old enough', async () => {
    expect(await store.prune({ olderThan: 5 }, 'retention', context)).toBe(0);
    expect(await store.count()).toBe(5);
  });

  it('can remove every record: the prune record alone continues the chain', async () => {
    expect(await store.prune({ olderThan: Number.MAX_SAFE_INTEGER }, 'retention', context)).toBe(5);
    const all = await store.all();
    expect(all.map((r) => r.kind)).toEqual(['prune']);
    expect(await verifyChain(all)).toMatchObject({ ok: true });
    await store.append([sampleEvent({ id: id(9), time: 60 })], context);
    expect(await verifyChain(await store.all())).toMatchObject({ ok: true });
  });

  it('stays verifiable across successive prunings, and its export verifies too', async () => {
    await store.prune({ oldest: 2 }, 'quota', context);
    await store.append([sampleEvent({ id: id(6), time: 60 })], context);
    await store.prune({ oldest: 2 }, 'retention', context);
    const all = await store.all();
    expect(await verifyChain(all)).toMatchObject({ ok: true });
    const file = await exportLogFile(store, 'json', { ...context, now: 1000 });
    const parsed = await parseExport(file.name, await file.blob.text());
    expect(parsed.ok).toBe(true);
  });

  it('makes room when storage is full: prunes the oldest records and stores the new event', async () => {
    // The first write of the new event fails as a full disk does; the store must prune and try again.
    const add = IDBObjectStore.prototype.add;
    let failures = 1;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'records' && (args[0] as { kind?: string }).kind === 'paste' && failures-- > 0) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return add.apply(this, args);
    });
    expect(await store.append([sampleEvent({ id: id(6), time: 60 })], context)).toBe(1);
    spy.mockRestore();
    const all = await store.all();
    expect(all.find((r) => r.kind === 'prune')?.prune).toMatchObject({ reason: 'quota', removedCount: 5 });
    expect(all.some((r) => r.id === id(6))).toBe(true);
    expect(await verifyChain(all)).toMatchObject({ ok: true });
  });

  it('rejects, and so keeps the event for a retry, when storage stays full', async () => {
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.append([sampleEvent({ id: id(6), time: 60 })], context)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    spy.mockRestore();
    expect((await store.all()).some((r) => r.id === id(6))).toBe(false);
  });
});

describe('retention cutoff', () => {
  it.each([
    [365, Date.UTC(2026, 10, 22), Date.UTC(2025, 10, 22)],
    [30, Date.UTC(2026, 10, 22), Date.UTC(2026, 9, 23)],
  ])('%i days before %i is %i', async (days, now, cutoff) => {
    const { retentionCutoff } = await import('../../../utils/log/log-store');
    expect(retentionCutoff(now, days)).toBe(cutoff);
  });
});
