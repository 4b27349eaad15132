import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../utils/log/chain';
import { LOG_DB_NAME, openLogStore, type AppendContext, type LogStore } from '../../../utils/log/log-store';
import { GENESIS_HASH } from '../../../utils/log/record';
import { sampleEvent } from '../sample-event';

const context: AppendContext = { extensionVersion: '0.1.0', identity: { mode: 'anonymous' } };

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(LOG_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('log store', () => {
  let store: LogStore;
  beforeEach(async () => {
    store = await openLogStore(context);
  });
  afterEach(async () => {
    store.close();
    await deleteDatabase();
  });

  it('appends events as chained records and lists the newest written first (by time once filtered)', async () => {
    expect(await store.append([sampleEvent({ id: 'event-0001', time: 10 }), sampleEvent({ id: 'event-0002', time: 30 })], context)).toBe(2);
    // A late delivery (a retry after the worker slept): written last, so listed first in the whole log.
    await store.append([sampleEvent({ id: 'event-0003', time: 20 })], context);
    expect((await store.page({}, 0, 2))).toEqual({ records: [expect.objectContaining({ id: 'event-0003' }), expect.objectContaining({ id: 'event-0002' })], hasMore: true });
    expect((await store.page({}, 2, 2))).toEqual({ records: [expect.objectContaining({ id: 'event-0001' })], hasMore: false });
    expect((await store.page({ site: 'chatgpt.com' }, 0, 3)).records.map((r) => r.id)).toEqual(['event-0002', 'event-0003', 'event-0001']);
    const all = await store.all();
    expect(all.map((r) => [r.seq, r.id])).toEqual([
      [1, 'event-0001'],
      [2, 'event-0002'],
      [3, 'event-0003'],
    ]);
    expect(all[0].prevHash).toBe(GENESIS_HASH);
    expect(await verifyChain(all)).toEqual({ ok: true, head: all[2].hash });
    expect(await store.extent()).toMatchObject({ recordCount: 3, firstSeq: 1, lastSeq: 3, chainHead: all[2].hash });
  });

  it('stores a retried event once and keeps the first copy', async () => {
    await store.append([sampleEvent({ id: 'event-0001', action: 'warn' })], context);
    expect(await store.append([sampleEvent({ id: 'event-0001', action: 'block' }), sampleEvent({ id: 'event-0002' })], context)).toBe(1);
    expect(await store.count()).toBe(2);
    expect((await store.all()).find((r) => r.id === 'event-0001')?.action).toBe('warn');
  });

  it('chains appends made at the same time one after the other', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.append([sampleEvent({ id: `event-${String(i).padStart(4, '0')}`, time: i })], context)));
    const all = await store.all();
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await verifyChain(all)).ok).toBe(true);
  });

  it('keeps the install id and the chain when the database is opened again (a restarted worker)', async () => {
    await store.append([sampleEvent({ id: 'event-0001' })], context);
    const before = await store.extent();
    store.close();
    store = await openLogStore(context);
    await store.append([sampleEvent({ id: 'event-0002' })], context);
    const after = await store.extent();
    expect(after.installId).toBe(before.installId);
    expect((await verifyChain(await store.all())).ok).toBe(true);
  });

  it('iterates in seq order a page at a time', async () => {
    await store.append(Array.from({ length: 25 }, (_, i) => sampleEvent({ id: `event-${String(i).padStart(4, '0')}`, time: 100 - i })), context);
    const seqs: number[] = [];
    for await (const record of store.iterate(10)) seqs.push(record.seq);
    expect(seqs).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('never stores pasted text, even if an event object carried some', async () => {
    const withText = { ...sampleEvent(), text: '4111 1111 1111 1111' } as ReturnType<typeof sampleEvent>;
    await store.append([withText], context);
    expect(JSON.stringify(await store.all())).not.toContain('4111');
  });
});

describe('log store migration from version 1', () => {
  afterEach(deleteDatabase);

  it('moves version 1 events into the chain, oldest first', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(LOG_DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('events', { keyPath: 'id' }).createIndex('time', 'time');
      request.onsuccess = () => {
        const tx = request.result.transaction('events', 'readwrite');
        tx.objectStore('events').put(sampleEvent({ id: 'event-late', time: 20 }));
        tx.objectStore('events').put(sampleEvent({ id: 'event-early', time: 10 }));
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
      request.onerror = () => reject(request.error);
    });
    const store = await openLogStore(context);
    await store.append([sampleEvent({ id: 'event-new', time: 30 })], context);
    const all = await store.all();
    expect(all.map((r) => r.id)).toEqual(['event-early', 'event-late', 'event-new']);
    expect((await verifyChain(all)).ok).toBe(true);
    store.close();
  });
});
