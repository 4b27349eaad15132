import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOG_DB_NAME, openLogStore, type LogStore } from '../../../utils/log/log-store';
import { sampleEvent } from '../sample-event';

describe('log store', () => {
  let store: LogStore;
  beforeEach(async () => {
    store = await openLogStore();
  });
  afterEach(async () => {
    store.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(LOG_DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  });

  it('appends events and lists the newest first', async () => {
    await store.append([sampleEvent({ id: 'event-0001', time: 10 }), sampleEvent({ id: 'event-0002', time: 30 })]);
    await store.append([sampleEvent({ id: 'event-0003', time: 20 })]);
    expect((await store.latest(2)).map((e) => e.id)).toEqual(['event-0002', 'event-0003']);
    expect((await store.all()).map((e) => e.id)).toEqual(['event-0001', 'event-0003', 'event-0002']);
    expect(await store.count()).toBe(3);
  });

  it('stores a retried event once and keeps the first copy', async () => {
    await store.append([sampleEvent({ id: 'event-0001', action: 'warn' })]);
    await store.append([sampleEvent({ id: 'event-0001', action: 'block' }), sampleEvent({ id: 'event-0002' })]);
    expect(await store.count()).toBe(2);
    expect((await store.all()).find((e) => e.id === 'event-0001')?.action).toBe('warn');
  });

  it('keeps events when the database is closed and opened again (a restarted worker)', async () => {
    await store.append([sampleEvent({ id: 'event-0001' })]);
    store.close();
    store = await openLogStore();
    expect(await store.count()).toBe(1);
  });
});
