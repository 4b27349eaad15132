import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../utils/log/chain';
import { exportLogFile } from '../../../utils/log/export-file';
import { parseExport } from '../../../utils/log/import-export';
import { LOG_DB_NAME, openLogStore, type AppendContext, type LogStore } from '../../../utils/log/log-store';
import { summarize } from '../../../utils/log/report-summary';
import type { VisitFold } from '../../../utils/visits/visit-aggregate';
import { sampleEvent } from '../sample-event';

const context: AppendContext = { extensionVersion: '0.2.0', identity: { mode: 'pseudonymous', id: 'u-test-0001' }, orgLabel: 'Finance', policyVersion: '2026-11' };
/** Local times (the log's days are the employee's local days). */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

let clock = at(22, 9);
let stores: LogStore[] = [];
async function open(): Promise<LogStore> {
  const store = await openLogStore(context, { now: () => clock });
  stores.push(store);
  return store;
}
const report = (id: string, time: number, visits: number, activeSeconds: number, site = 'chatgpt.com'): VisitFold => ({
  id: `report-${id.padStart(4, '0')}`,
  site,
  time,
  visits,
  activeSeconds,
  siteStatus: 'tolerated',
  siteCategory: 'chat',
});

afterEach(async () => {
  for (const store of stores) store.close();
  stores = [];
  clock = at(22, 9);
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(LOG_DB_NAME);
    request.onsuccess = request.onerror = () => resolve();
  });
});

describe('visits in the usage log', () => {
  it('adds up a day of reports per site, counts a retried report once, and writes nothing to the chain yet', async () => {
    const store = await open();
    expect(await store.foldVisits([report('1', at(22, 9), 1, 0), report('2', at(22, 9, 30), 0, 600)], context)).toBe(2);
    expect(await store.foldVisits([report('2', at(22, 9, 30), 0, 600), report('3', at(22, 11), 1, 45, 'claude.ai')], context)).toBe(1);
    expect(await store.count()).toBe(0);
    const glance = await store.glance(at(22, 12));
    expect(glance.today.sites).toEqual({
      'chatgpt.com': { events: 0, visits: 1, activeSeconds: 600, siteStatus: 'tolerated' },
      'claude.ai': { events: 0, visits: 1, activeSeconds: 45, siteStatus: 'tolerated' },
    });
  });

  it('writes one visit record per site and day when the day is over, before the next day\'s first event, and the chain verifies', async () => {
    const store = await open();
    await store.foldVisits([report('1', at(22, 9), 1, 30), report('2', at(22, 17), 2, 900), report('3', at(22, 10), 1, 0, 'claude.ai')], context);
    clock = at(23, 8);
    await store.append([sampleEvent({ id: 'event-next-day', time: at(23, 8) })], context);
    const all = await store.all();
    expect(all.map((r) => [r.seq, r.kind, r.site])).toEqual([
      [1, 'visit', 'chatgpt.com'],
      [2, 'visit', 'claude.ai'],
      [3, 'paste', 'chatgpt.com'],
    ]);
    expect(all[0]).toMatchObject({
      time: at(22, 17),
      siteStatus: 'tolerated',
      siteCategory: 'chat',
      visit: { day: '2026-11-22', visits: 3, activeSeconds: 930, firstSeen: at(22, 9), lastSeen: at(22, 17) },
      identity: context.identity,
      orgLabel: 'Finance',
      policyVersion: '2026-11',
    });
    expect(await verifyChain(all)).toMatchObject({ ok: true });
  });

  it('writes today\'s visits before an export, starts a new aggregate after it, and the report adds both up', async () => {
    const store = await open();
    await store.foldVisits([report('1', at(22, 9), 1, 120)], context);
    expect(await store.sealVisits(null, context)).toBe(1);
    await store.foldVisits([report('2', at(22, 15), 1, 60)], context);
    expect(await store.sealVisits(null, context)).toBe(1);
    expect(await store.sealVisits(null, context)).toBe(0);

    const file = await exportLogFile(store, 'ndjson', { ...context, now: at(22, 16) });
    const parsed = await parseExport(file.name, await file.blob.text());
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records.map((r) => r.visit?.visits)).toEqual([1, 1]);
    const summary = summarize(parsed.records.map((record) => ({ installId: parsed.header.installId, record })));
    expect(summary).toMatchObject({ events: 0, visits: 2, activeSeconds: 180, users: 1 });
    expect(summary.sitesByUsers[0]).toMatchObject({ site: 'chatgpt.com', visits: 2, activeSeconds: 180, visitDays: 1, siteStatus: 'tolerated' });
    // The day's tally counted the reports once, not again when they were written.
    expect((await store.glance(at(22, 16))).today.sites['chatgpt.com']).toMatchObject({ visits: 2, activeSeconds: 180 });
  });

  it('counts a report retried after its day was written into the chain once', async () => {
    const store = await open();
    await store.foldVisits([report('1', at(22, 9), 1, 120)], context);
    await store.sealVisits(null, context);
    expect(await store.foldVisits([report('1', at(22, 9), 1, 120)], context)).toBe(0);
    expect(await store.sealVisits(null, context)).toBe(0);
  });

  it('takes pruned visits out of the day tallies', async () => {
    const store = await open();
    await store.foldVisits([report('1', at(22, 9), 2, 120)], context);
    await store.sealVisits(null, context);
    await store.append([sampleEvent({ id: 'event-0001', time: at(22, 10) })], context);
    expect(await store.prune({ oldest: 1 }, 'quota', context)).toBe(1);
    const glance = await store.glance(at(22, 12));
    expect(glance.today.sites['chatgpt.com']).toMatchObject({ events: 1, visits: 0, activeSeconds: 0 });
    expect(await verifyChain(await store.all())).toMatchObject({ ok: true });
  });
});

describe('the popup glance', () => {
  it('counts today and the last 7 days by action and site, and lists what was stopped today, newest first', async () => {
    const store = await open();
    await store.append(
      [
        sampleEvent({ id: 'event-old', time: at(10, 9), action: 'block', outcome: 'stopped' }),
        sampleEvent({ id: 'event-week', time: at(18, 9), action: 'log', outcome: 'allowed', site: 'claude.ai' }),
        sampleEvent({ id: 'event-today-1', time: at(22, 9), action: 'warn', outcome: 'stopped' }),
        sampleEvent({ id: 'event-today-2', time: at(22, 10), action: 'warn', outcome: 'overridden' }),
        sampleEvent({ id: 'event-today-3', time: at(22, 11), action: 'block', outcome: 'stopped' }),
      ],
      context,
    );
    const glance = await store.glance(at(22, 12));
    expect(glance.today.actions).toEqual({ warn: 2, block: 1 });
    expect(glance.week.actions).toEqual({ warn: 2, block: 1, log: 1 });
    expect(Object.keys(glance.week.sites).sort()).toEqual(['chatgpt.com', 'claude.ai']);
    expect(glance.stoppedCount).toBe(2);
    expect(glance.stoppedToday.map((r) => r.id)).toEqual(['event-today-3', 'event-today-1']);
    expect((await store.glance(at(22, 12), 1)).stoppedToday).toHaveLength(1);
  });

  it('counts the records without walking them, also after pruning', async () => {
    const store = await open();
    await store.append(Array.from({ length: 30 }, (_, i) => sampleEvent({ id: `event-${String(i).padStart(4, '0')}`, time: at(22, 9, i) })), context);
    await store.prune({ oldest: 10 }, 'retention', context);
    expect(await store.count()).toBe(21);
    expect(await store.countMatching({})).toBe(21);
    expect(await store.extent()).toMatchObject({ recordCount: 21, firstSeq: 11, lastSeq: 31 });
  });
});

describe('log store migration from version 2', () => {
  it('keeps the chain, builds the recent day tallies, and answers the filters from the new indexes', async () => {
    const { chainRecords } = await import('../../../utils/log/chain');
    const { GENESIS_HASH, recordFromEvent } = await import('../../../utils/log/record');
    const records = await chainRecords(
      GENESIS_HASH,
      [
        sampleEvent({ id: 'event-0001', time: at(1, 9), action: 'log', outcome: 'allowed' }),
        sampleEvent({ id: 'event-0002', time: at(21, 9), action: 'warn', outcome: 'stopped' }),
        sampleEvent({ id: 'event-0003', time: at(22, 9), action: 'block', outcome: 'stopped', site: 'claude.ai' }),
      ].map((event, i) => recordFromEvent(event, { ...context, seq: i + 1 })),
    );
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(LOG_DB_NAME, 2);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore('records', { keyPath: 'seq' });
        store.createIndex('id', 'id', { unique: true });
        for (const field of ['time', 'site', 'kind', 'action']) store.createIndex(field, field);
        request.result.createObjectStore('meta');
      };
      request.onsuccess = () => {
        const tx = request.result.transaction(['records', 'meta'], 'readwrite');
        for (const record of records) tx.objectStore('records').put(record);
        tx.objectStore('meta').put({ installId: 'install-v2-0001', nextSeq: 4, head: records[2].hash }, 'state');
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
      request.onerror = () => reject(request.error);
    });
    clock = at(22, 12);
    const store = await open();
    const glance = await store.glance(at(22, 12));
    expect(glance.today.actions).toEqual({ block: 1 });
    expect(glance.week.actions).toEqual({ warn: 1, block: 1 });
    expect(glance.stoppedToday.map((r) => r.id)).toEqual(['event-0003']);
    expect((await store.page({ action: 'warn' }, 0, 10)).records.map((r) => r.id)).toEqual(['event-0002']);
    expect(await store.countMatching({ site: 'chatgpt.com', from: at(2, 0) })).toBe(1);
    await store.append([sampleEvent({ id: 'event-0004', time: at(22, 10) })], context);
    expect(await store.extent()).toMatchObject({ installId: 'install-v2-0001', recordCount: 4 });
    expect(await verifyChain(await store.all())).toMatchObject({ ok: true });
  });
});
