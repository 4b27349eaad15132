/**
 * The usage log's IndexedDB database: its schema, its versions and their migrations. log-store.ts is the
 * only module that opens it (through openLogDb); the other log-* modules work on the open database.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { UsageEvent } from '../messaging';
import { daysBefore, localDay } from './day';
import { GENESIS_HASH, type LogRecord, type VisitDay } from './record';
import { countRecord, emptyTally, type DayTally } from './tally';

/** The usage log's IndexedDB name. */
export const LOG_DB_NAME = 'vigie-log';
/** Version 1: unchained events; 2: the hash chain; 3: visit aggregates, day tallies, (field, time) indexes. */
export const LOG_DB_VERSION = 3;
export const STATE_KEY = 'state';

/** What the log knows about itself: the install, where the chain ends, and the next seq to give. */
export interface LogState {
  installId: string;
  nextSeq: number;
  head: string;
}

export interface LogSchema extends DBSchema {
  /** Hash-chained records, keyed by seq. */
  records: {
    key: number;
    value: LogRecord;
    indexes: { id: string; time: number; outcomeTime: [string, number]; actionTime: [string, number]; kindTime: [string, number]; siteTime: [string, number] };
  };
  meta: { key: string; value: LogState };
  /** Each site's running visit aggregate for a day, until it is written to the chain as a `visit` record. */
  visitDays: { key: [string, string]; value: VisitDay };
  /** The ids of the visit reports already counted, so a retried report is counted once. */
  visitReports: { key: string; value: { id: string; time: number }; indexes: { time: number } };
  /** Per-day counters for the popup (tally.ts). */
  tallies: { key: string; value: DayTally };
  /** How many records each site has, for the popup's site filter (a site whose count falls to 0 is not offered). */
  sites: { key: string; value: SiteCount };
  /** Version 1's unchained events: migrated into `records` once, then emptied. */
  events: { key: string; value: UsageEvent; indexes: { time: number } };
}

/** A site of the log and how many records name it. */
export interface SiteCount {
  site: string;
  records: number;
}

export type Db = IDBPDatabase<LogSchema>;
type UpgradeTx = IDBPTransaction<LogSchema, StoreNames<LogSchema>[], 'versionchange'>;

/** Reads the log's state, creating it (a new install id, an empty chain) on first use. */
export async function readState(db: Db): Promise<LogState> {
  const state = await db.get('meta', STATE_KEY);
  if (state) return state;
  const fresh: LogState = { installId: crypto.randomUUID(), nextSeq: 1, head: GENESIS_HASH };
  // add() fails if another context created the state meanwhile; then read theirs.
  await db.add('meta', fresh, STATE_KEY).catch(() => undefined);
  return (await db.get('meta', STATE_KEY)) ?? fresh;
}

/** Opens the database, creating or upgrading it. Any context may run the upgrade (the popup as well as the worker). */
export function openLogDb(now = Date.now()): Promise<Db> {
  return openDB<LogSchema>(LOG_DB_NAME, LOG_DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 2) {
        const records = database.createObjectStore('records', { keyPath: 'seq' });
        records.createIndex('id', 'id', { unique: true });
        records.createIndex('time', 'time');
        database.createObjectStore('meta');
      }
      if (oldVersion < 3) {
        // Each of the popup's filters (action, kind, site) with a period is one range of one index, newest
        // first; "stopped today" is a range of the outcome index. They replace version 2's single-field
        // indexes (the site list is the `sites` store now), which this schema's types no longer know.
        const records = transaction.objectStore('records');
        const legacy = records as unknown as IDBObjectStore;
        for (const name of ['site', 'kind', 'action']) if (legacy.indexNames.contains(name)) legacy.deleteIndex(name);
        records.createIndex('outcomeTime', ['outcome', 'time']);
        records.createIndex('actionTime', ['action', 'time']);
        records.createIndex('kindTime', ['kind', 'time']);
        records.createIndex('siteTime', ['site', 'time']);
        database.createObjectStore('visitDays', { keyPath: ['day', 'site'] });
        database.createObjectStore('visitReports', { keyPath: 'id' }).createIndex('time', 'time');
        database.createObjectStore('tallies', { keyPath: 'day' });
        database.createObjectStore('sites', { keyPath: 'site' });
        if (oldVersion === 2) void countVersion2Records(transaction, now);
      }
    },
  });
}

// Runs inside the upgrade transaction, which stays open while its requests are pending: one pass over the
// records counts them per site, and builds the tallies of the last 8 days (the popup shows 7; time zones aside).
async function countVersion2Records(transaction: UpgradeTx, now: number): Promise<void> {
  const tallies = new Map<string, DayTally>();
  const sites = new Map<string, number>();
  const since = new Date(`${daysBefore(now, 8)}T00:00:00`).getTime();
  let cursor = await transaction.objectStore('records').openCursor();
  while (cursor) {
    const record = cursor.value;
    if (record.site) sites.set(record.site, (sites.get(record.site) ?? 0) + 1);
    if (record.time >= since) {
      const day = localDay(record.time);
      const tally = tallies.get(day) ?? emptyTally(day);
      tallies.set(day, tally);
      countRecord(tally, record);
    }
    cursor = await cursor.continue();
  }
  for (const tally of tallies.values()) await transaction.objectStore('tallies').put(tally);
  for (const [site, records] of sites) await transaction.objectStore('sites').put({ site, records });
}
