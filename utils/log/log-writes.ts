/**
 * Every write to the usage log: appending events, pruning the oldest records, counting visit reports into the
 * day's running aggregate, and writing those aggregates into the chain. Each write is one IndexedDB transaction
 * that also updates the day tallies, so records, aggregates and counters never disagree. The caller (log-store.ts)
 * runs them one at a time, so each chains onto the head the previous one wrote.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { UsageEvent } from '../messaging';
import { foldVisit, type VisitFold } from '../visits/visit-aggregate';
import { chainRecords } from './chain';
import { localDay } from './day';
import { readState, STATE_KEY, type Db, type LogSchema, type LogState, type SiteCount } from './log-db';
import { pruneRecord, recordFromEvent, visitRecord, type EventExtras, type Identity, type LogRecord, type PruneReason, type VisitDay } from './record';
import { countRecord, countVisit, emptyTally, subtractTally, tallyDay, type DayTally } from './tally';

/** Who and what a new record is attributed to: the identity, label and policy version in force. */
export interface AppendContext {
  extensionVersion: string;
  identity: Identity;
  orgLabel?: string;
  /** The policy version in force, written on records that are not events (visits, prunings). */
  policyVersion?: string;
}

/** An event as the store receives it: the content script's event, with what the background adds. */
export type StoredEvent = UsageEvent & EventExtras;

/** Which records a pruning removes, always from the start of the log: older than a time, or the oldest N. */
export type PruneSelection = { olderThan: number } | { oldest: number };

/**
 * Runs `write` in one read-write transaction and waits until it is committed. If `write` fails, the transaction
 * is aborted, so nothing of it is kept (a fake or early quota error would otherwise leave a partial write).
 */
async function inWriteTx<S extends StoreNames<LogSchema>[], T>(db: Db, stores: S, write: (tx: IDBPTransaction<LogSchema, S, 'readwrite'>) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await write(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

function changedMeanwhile(current: LogState | undefined, expected: LogState, what: string): Error | undefined {
  return current && current.head !== expected.head ? new Error(`the usage log changed while ${what}; it will be retried`) : undefined;
}

/** Changes the stored per-site record counts by `sign` times how many of `counts` each site has. */
async function countSites(store: { get(site: string): Promise<SiteCount | undefined>; put(value: SiteCount): Promise<unknown> }, counts: ReadonlyMap<string, number>, sign: 1 | -1): Promise<void> {
  for (const [site, n] of counts) {
    const current = (await store.get(site))?.records ?? 0;
    await store.put({ site, records: Math.max(0, current + sign * n) });
  }
}

/** How many of `records` name each site. */
function perSite(records: readonly Pick<LogRecord, 'site'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) if (record.site) counts.set(record.site, (counts.get(record.site) ?? 0) + 1);
  return counts;
}

/** Adds what `records` count to the stored tallies of their days. */
async function countIntoTallies(store: { get(day: string): Promise<DayTally | undefined>; put(tally: DayTally): Promise<unknown> }, records: readonly LogRecord[]): Promise<void> {
  const days = new Map<string, DayTally>();
  for (const record of records) {
    const day = tallyDay(record);
    let tally = days.get(day);
    if (!tally) {
      tally = (await store.get(day)) ?? emptyTally(day);
      days.set(day, tally);
    }
    countRecord(tally, record);
  }
  for (const tally of days.values()) await store.put(tally);
}

/** Chains and stores the events whose id is not stored yet, in one transaction; returns how many were new. */
export async function appendNow(db: Db, events: readonly StoredEvent[], context: AppendContext): Promise<number> {
  const state = await readState(db);
  // One read transaction checks every id of the batch.
  const index = db.transaction('records').store.index('id');
  const stored = await Promise.all(events.map((event) => index.getKey(event.id)));
  const seen = new Set<string>();
  const fresh = events.filter((event, i) => {
    if (stored[i] !== undefined || seen.has(event.id)) return false;
    seen.add(event.id);
    return true;
  });
  if (fresh.length === 0) return 0;
  // Hashing is asynchronous: it must finish before the write transaction opens, or the transaction would
  // commit while waiting on it.
  const records = await chainRecords(
    state.head,
    fresh.map((event, i) => recordFromEvent(event, { ...context, seq: state.nextSeq + i })),
  );
  return inWriteTx(db, ['records', 'meta', 'tallies', 'sites'], async (tx) => {
    const conflict = changedMeanwhile(await tx.objectStore('meta').get(STATE_KEY), state, 'appending');
    if (conflict) throw conflict;
    await Promise.all(records.map((record) => tx.objectStore('records').add(record)));
    const last = records[records.length - 1];
    await tx.objectStore('meta').put({ installId: state.installId, nextSeq: last.seq + 1, head: last.hash }, STATE_KEY);
    await countIntoTallies(tx.objectStore('tallies'), records);
    await countSites(tx.objectStore('sites'), perSite(records), 1);
    return records.length;
  });
}

/** True for the error a browser raises when the origin's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'QuotaExceededError';
}

/**
 * Removes the oldest records and appends a `prune` record that says how many and where the chain continues;
 * takes them out of the day tallies too. Returns how many went.
 */
export async function pruneNow(db: Db, selection: PruneSelection, reason: PruneReason, context: AppendContext): Promise<number> {
  const state = await readState(db);
  // The records to remove are a prefix of the log in seq order: walk it and keep only the count, the last one
  // and what they counted per day, so pruning 100,000 records never holds them all.
  let removed = 0;
  let last: Pick<LogRecord, 'seq' | 'hash'> | undefined;
  const uncounted = new Map<string, DayTally>();
  const removedPerSite = new Map<string, number>();
  let cursor = await db.transaction('records').store.openCursor();
  while (cursor) {
    const record = cursor.value;
    if ('olderThan' in selection ? record.time >= selection.olderThan : removed >= selection.oldest) break;
    removed++;
    last = { seq: record.seq, hash: record.hash };
    const day = tallyDay(record);
    const tally = uncounted.get(day) ?? emptyTally(day);
    uncounted.set(day, tally);
    countRecord(tally, record);
    if (record.site) removedPerSite.set(record.site, (removedPerSite.get(record.site) ?? 0) + 1);
    cursor = await cursor.continue();
  }
  if (!last) return 0;
  const [marker] = await chainRecords(state.head, [
    pruneRecord(last, removed, reason, { ...context, seq: state.nextSeq, id: crypto.randomUUID(), time: Date.now() }),
  ]);
  await inWriteTx(db, ['records', 'meta', 'tallies', 'sites'], async (tx) => {
    await countSites(tx.objectStore('sites'), removedPerSite, -1);
    const conflict = changedMeanwhile(await tx.objectStore('meta').get(STATE_KEY), state, 'pruning');
    if (conflict) throw conflict;
    await tx.objectStore('records').delete(IDBKeyRange.upperBound(last.seq));
    await tx.objectStore('records').add(marker);
    await tx.objectStore('meta').put({ installId: state.installId, nextSeq: marker.seq + 1, head: marker.hash }, STATE_KEY);
    for (const [day, removedCounts] of uncounted) {
      const tally = await tx.objectStore('tallies').get(day);
      if (!tally) continue;
      subtractTally(tally, removedCounts);
      await tx.objectStore('tallies').put(tally);
    }
  });
  return removed;
}

/**
 * Runs a write; when storage is full, removes the oldest tenth of the log (at least 100 records), which the
 * prune record states, and tries once more. A second failure rejects, so the sender keeps its data and retries.
 */
export async function withRoom<T>(db: Db, context: AppendContext, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const oldest = Math.max(100, Math.ceil((await db.count('records')) / 10));
    await pruneNow(db, { oldest }, 'quota', context);
    return write();
  }
}

/** How long the ids of counted visit reports are kept: retries come within seconds, so a day is plenty. */
const REPORT_ID_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Counts visit reports into their day's running aggregate and tally, in one transaction; a report whose id was
 * already counted is skipped (a retried delivery). Returns how many were new.
 */
export async function foldVisitsNow(db: Db, folds: readonly VisitFold[]): Promise<number> {
  return inWriteTx(db, ['visitDays', 'visitReports', 'tallies'], async (tx) => {
    let counted = 0;
    for (const fold of folds) {
      if ((await tx.objectStore('visitReports').getKey(fold.id)) !== undefined) continue;
      await tx.objectStore('visitReports').put({ id: fold.id, time: fold.time });
      const day = localDay(fold.time);
      const aggregate = foldVisit(await tx.objectStore('visitDays').get([day, fold.site]), fold, day);
      await tx.objectStore('visitDays').put(aggregate);
      const tally = (await tx.objectStore('tallies').get(day)) ?? emptyTally(day);
      countVisit(tally, fold.site, fold.visits, fold.activeSeconds, fold.siteStatus);
      await tx.objectStore('tallies').put(tally);
      counted++;
    }
    return counted;
  });
}

/** True when any running visit aggregate belongs to a day before `today` (cheap: one key read). */
export async function hasVisitsBefore(db: Db, today: string): Promise<boolean> {
  return (await db.getKey('visitDays', IDBKeyRange.upperBound([today], true))) !== undefined;
}

/**
 * Writes running visit aggregates into the chain, one `visit` record per site and day, and removes them from
 * the running store in the same transaction: those of days before `before`, or all of them when `before` is
 * null (an export). Visits reported later the same day start a new aggregate. Returns how many records.
 */
export async function sealVisitsNow(db: Db, before: string | null, context: AppendContext, now = Date.now()): Promise<number> {
  const range = before === null ? undefined : IDBKeyRange.upperBound([before], true);
  const aggregates = await db.getAll('visitDays', range);
  if (aggregates.length === 0) return 0;
  const state = await readState(db);
  const records = await chainRecords(
    state.head,
    aggregates.map((aggregate, i) => visitRecord(aggregate, { ...context, seq: state.nextSeq + i, id: crypto.randomUUID() })),
  );
  return inWriteTx(db, ['records', 'meta', 'visitDays', 'visitReports', 'sites'], async (tx) => {
    const conflict = changedMeanwhile(await tx.objectStore('meta').get(STATE_KEY), state, 'writing visits');
    if (conflict) throw conflict;
    for (const aggregate of aggregates) {
      const current = await tx.objectStore('visitDays').get([aggregate.day, aggregate.site]);
      if (!sameAggregate(current, aggregate)) throw new Error('visits changed while being written to the log; it will be retried');
      await tx.objectStore('visitDays').delete([aggregate.day, aggregate.site]);
    }
    await Promise.all(records.map((record) => tx.objectStore('records').add(record)));
    const last = records[records.length - 1];
    await tx.objectStore('meta').put({ installId: state.installId, nextSeq: last.seq + 1, head: last.hash }, STATE_KEY);
    await countSites(tx.objectStore('sites'), perSite(records), 1);
    await tx.objectStore('visitReports').index('time').getAllKeys(IDBKeyRange.upperBound(now - REPORT_ID_TTL_MS)).then((ids) => Promise.all(ids.map((id) => tx.objectStore('visitReports').delete(id))));
    return records.length;
  });
}

function sameAggregate(a: VisitDay | undefined, b: VisitDay): boolean {
  return a !== undefined && a.visits === b.visits && a.activeSeconds === b.activeSeconds && a.lastSeen === b.lastSeen;
}
