import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UsageEvent } from '../messaging';
import { chainRecords } from './chain';
import type { LogExtent } from './export-formats';
import { GENESIS_HASH, recordFromEvent, type Identity, type LogRecord } from './record';

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

/** An open usage log. */
export interface LogStore {
  /**
   * Chains and stores events; an event whose id is already stored is skipped (retries are harmless).
   * Returns how many were new. Rejects on a storage failure, so the sender retries.
   */
  append(events: readonly UsageEvent[], context: AppendContext): Promise<number>;
  /** The newest records first, at most `limit`. */
  latest(limit: number): Promise<LogRecord[]>;
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
    append: (events, context) => exclusive(() => appendNow(db, events, context)),
    async latest(limit) {
      const out: LogRecord[] = [];
      let cursor = await db.transaction('records').store.index('time').openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
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
