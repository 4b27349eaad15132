import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UsageEvent } from '../messaging';
import { chainRecords } from './chain';
import type { LogExtent } from './export-formats';
import { matchesFilters, noFilters, type LogFilters } from './log-query';
import { GENESIS_HASH, pruneRecord, recordFromEvent, type Identity, type LogRecord, type PruneReason } from './record';

/** The usage log's IndexedDB name. This module is the only one that opens it. */
export const LOG_DB_NAME = 'vigie-log';
const LOG_DB_VERSION = 2;
const STATE_KEY = 'state';

/** What the log knows about itself: the install, where the chain ends, and the next seq to give. */
export interface LogState {
  installId: string;
  nextSeq: number;
  head: string;
}

interface LogSchema extends DBSchema {
  /** Hash-chained records, keyed by seq. */
  records: { key: number; value: LogRecord; indexes: { id: string; time: number; site: string; kind: string; action: string } };
  meta: { key: string; value: LogState };
  /** Version 1's unchained events: migrated into `records` once, then emptied. */
  events: { key: string; value: UsageEvent; indexes: { time: number } };
}

/** Who and what a new record is attributed to. */
export interface AppendContext {
  extensionVersion: string;
  identity: Identity;
  orgLabel?: string;
}

/** How long records are kept when the policy does not say (the policy's logging settings will). */
export const DEFAULT_RETENTION_DAYS = 365;

/** The time before which records are past retention. */
export function retentionCutoff(now: number, days = DEFAULT_RETENTION_DAYS): number {
  return now - days * 24 * 60 * 60 * 1000;
}

/** Which records a pruning removes, always from the start of the log: older than a time, or the oldest N. */
export type PruneSelection = { olderThan: number } | { oldest: number };

/** An open usage log. */
export interface LogStore {
  /**
   * Removes the oldest records (retention, or room when storage is full) and appends a `prune` record that
   * says how many and where the chain continues, so what remains still verifies. Returns how many went.
   */
  prune(selection: PruneSelection, reason: PruneReason, context: AppendContext): Promise<number>;
  /**
   * Chains and stores events; an event whose id is already stored is skipped (retries are harmless).
   * Returns how many were new. Rejects on a storage failure, so the sender retries.
   */
  append(events: readonly UsageEvent[], context: AppendContext): Promise<number>;
  /**
   * One page of the records that pass `filters`, newest first, and whether more follow. The time range is
   * answered by the time index, so a page costs what it shows plus what the other filters skip.
   */
  page(filters: LogFilters, offset: number, limit: number): Promise<{ records: LogRecord[]; hasMore: boolean }>;
  /** How many records pass `filters` (the store's count when there is none). */
  countMatching(filters: LogFilters): Promise<number>;
  /** The sites that appear in the log, sorted (read from the site index, without loading records). */
  sites(): Promise<string[]>;
  /** Every record in seq order, a page at a time (one short transaction per page). */
  iterate(pageSize?: number): AsyncGenerator<LogRecord>;
  /** Every record in seq order. */
  all(): Promise<LogRecord[]>;
  count(): Promise<number>;
  /** The install id and the chain's extent, for export headers. */
  extent(): Promise<LogExtent & { installId: string }>;
  close(): void;
}

type Db = IDBPDatabase<LogSchema>;

async function readState(db: Db): Promise<LogState> {
  const state = await db.get('meta', STATE_KEY);
  if (state) return state;
  const fresh: LogState = { installId: crypto.randomUUID(), nextSeq: 1, head: GENESIS_HASH };
  // add() fails if another context created the state meanwhile; then read theirs.
  await db.add('meta', fresh, STATE_KEY).catch(() => undefined);
  return (await db.get('meta', STATE_KEY)) ?? fresh;
}

async function appendNow(db: Db, events: readonly UsageEvent[], context: AppendContext): Promise<number> {
  const state = await readState(db);
  const seen = new Set<string>();
  const fresh: UsageEvent[] = [];
  for (const event of events) {
    if (seen.has(event.id) || (await db.getKeyFromIndex('records', 'id', event.id)) !== undefined) continue;
    seen.add(event.id);
    fresh.push(event);
  }
  if (fresh.length === 0) return 0;
  // Hashing is asynchronous: it must finish before the write transaction opens, or the transaction would
  // commit while waiting on it.
  const unchained = fresh.map((event, i) => recordFromEvent(event, { ...context, seq: state.nextSeq + i }));
  const records = await chainRecords(state.head, unchained);
  const tx = db.transaction(['records', 'meta'], 'readwrite');
  const current = await tx.objectStore('meta').get(STATE_KEY);
  if (current && current.head !== state.head) {
    tx.abort();
    throw new Error('the usage log changed while appending; the event will be retried');
  }
  for (const record of records) await tx.objectStore('records').add(record);
  const last = records[records.length - 1];
  await tx.objectStore('meta').put({ installId: state.installId, nextSeq: last.seq + 1, head: last.hash }, STATE_KEY);
  await tx.done;
  return records.length;
}

/** True for the error a browser raises when the origin's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

async function pruneNow(db: Db, selection: PruneSelection, reason: PruneReason, context: AppendContext): Promise<number> {
  const state = await readState(db);
  // The records to remove are a prefix of the log in seq order: walk it and keep only the count and the
  // last one, so pruning 100,000 records never holds them all.
  let removed = 0;
  let last: Pick<LogRecord, 'seq' | 'hash'> | undefined;
  let cursor = await db.transaction('records').store.openCursor();
  while (cursor) {
    const record = cursor.value;
    if ('olderThan' in selection ? record.time >= selection.olderThan : removed >= selection.oldest) break;
    removed++;
    last = { seq: record.seq, hash: record.hash };
    cursor = await cursor.continue();
  }
  if (!last) return 0;
  const [marker] = await chainRecords(state.head, [pruneRecord(last, removed, reason, { ...context, seq: state.nextSeq, id: crypto.randomUUID(), time: Date.now() })]);
  const tx = db.transaction(['records', 'meta'], 'readwrite');
  const current = await tx.objectStore('meta').get(STATE_KEY);
  if (current && current.head !== state.head) {
    tx.abort();
    throw new Error('the usage log changed while pruning; pruning will be retried');
  }
  await tx.objectStore('records').delete(IDBKeyRange.upperBound(last.seq));
  await tx.objectStore('records').add(marker);
  await tx.objectStore('meta').put({ installId: state.installId, nextSeq: marker.seq + 1, head: marker.hash }, STATE_KEY);
  await tx.done;
  return removed;
}

/**
 * Appends; when storage is full, removes the oldest tenth of the log (at least 100 records), which the
 * prune record states, and tries once more. Events are never dropped silently: a second failure rejects,
 * and the content script keeps the event and retries later.
 */
async function appendWithRoom(db: Db, events: readonly UsageEvent[], context: AppendContext): Promise<number> {
  try {
    return await appendNow(db, events, context);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const oldest = Math.max(100, Math.ceil((await db.count('records')) / 10));
    await pruneNow(db, { oldest }, 'quota', context);
    return appendNow(db, events, context);
  }
}

/** The part of the filters the time index can answer. */
function timeRange(filters: LogFilters): IDBKeyRange | null {
  const { from, to } = filters;
  if (from !== undefined && to !== undefined) return IDBKeyRange.bound(from, to, false, true);
  if (from !== undefined) return IDBKeyRange.lowerBound(from);
  if (to !== undefined) return IDBKeyRange.upperBound(to, true);
  return null;
}

/** Moves version 1's unchained events into the chain, oldest first, then empties their store. */
async function migrateVersion1(db: Db, context: AppendContext): Promise<void> {
  if (!db.objectStoreNames.contains('events')) return;
  const legacy = await db.getAllFromIndex('events', 'time');
  if (legacy.length === 0) return;
  await appendNow(db, legacy, context);
  await db.clear('events');
}

/**
 * Opens (creating or upgrading as needed) the usage log. Pass `writer` in the one context that appends
 * (the background): it serializes appends and runs data migrations; pages open it read-only.
 */
export async function openLogStore(writer?: AppendContext): Promise<LogStore> {
  const db: Db = await openDB<LogSchema>(LOG_DB_NAME, LOG_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 2) {
        const records = database.createObjectStore('records', { keyPath: 'seq' });
        records.createIndex('id', 'id', { unique: true });
        records.createIndex('time', 'time');
        // For the popup's and the log page's filters; records without the field are simply not indexed.
        records.createIndex('site', 'site');
        records.createIndex('kind', 'kind');
        records.createIndex('action', 'action');
        database.createObjectStore('meta');
      }
    },
  });
  // Appends from one context run one at a time, so each chains onto the head the previous one wrote.
  let tail: Promise<unknown> = writer ? migrateVersion1(db, writer) : Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    append: (events, context) => exclusive(() => appendWithRoom(db, events, context)),
    prune: (selection, reason, context) => exclusive(() => pruneNow(db, selection, reason, context)),
    async page(filters, offset, limit) {
      const records: LogRecord[] = [];
      let skipped = 0;
      const range = timeRange(filters);
      let cursor = await db.transaction('records').store.index('time').openCursor(range, 'prev');
      while (cursor && records.length <= limit) {
        if (matchesFilters(cursor.value, filters)) {
          if (skipped < offset) skipped++;
          else records.push(cursor.value);
        }
        cursor = await cursor.continue();
      }
      return { records: records.slice(0, limit), hasMore: records.length > limit };
    },
    async countMatching(filters) {
      if (noFilters(filters)) return db.count('records');
      if (!filters.search?.trim() && !filters.action && !filters.kind && !filters.site) return db.countFromIndex('records', 'time', timeRange(filters));
      let count = 0;
      let cursor = await db.transaction('records').store.index('time').openCursor(timeRange(filters));
      while (cursor) {
        if (matchesFilters(cursor.value, filters)) count++;
        cursor = await cursor.continue();
      }
      return count;
    },
    async sites() {
      const sites: string[] = [];
      let cursor = await db.transaction('records').store.index('site').openKeyCursor(null, 'nextunique');
      while (cursor) {
        sites.push(cursor.key);
        cursor = await cursor.continue();
      }
      return sites;
    },
    async *iterate(pageSize = 1000) {
      let after = 0;
      for (;;) {
        const page = await db.getAll('records', IDBKeyRange.lowerBound(after, true), pageSize);
        yield* page;
        if (page.length < pageSize) return;
        after = page[page.length - 1].seq;
      }
    },
    all: () => db.getAll('records'),
    count: () => db.count('records'),
    async extent() {
      const state = await readState(db);
      const [first, count] = await Promise.all([db.transaction('records').store.openCursor(), db.count('records')]);
      return { installId: state.installId, recordCount: count, firstSeq: first?.value.seq ?? null, lastSeq: count > 0 ? state.nextSeq - 1 : null, chainHead: state.head };
    },
    close: () => db.close(),
  };
}
