import type { VisitFold } from '../visits/visit-aggregate';
import { daysBefore, localDay, startOfLocalDay } from './day';
import type { LogExtent } from './export-formats';
import { openLogDb, readState, STATE_KEY, type Db } from './log-db';
import { matchesFilters, noFilters, type LogFilters } from './log-query';
import { appendNow, foldVisitsNow, hasVisitsBefore, pruneNow, sealVisitsNow, withRoom, type AppendContext, type PruneSelection, type StoredEvent } from './log-writes';
import { GENESIS_HASH, type LogRecord, type PruneReason } from './record';
import { emptyTally, sumTallies, type DayTally } from './tally';

export { LOG_DB_NAME, type LogState } from './log-db';
export { isQuotaError, type AppendContext, type PruneSelection, type StoredEvent } from './log-writes';

/** How long records are kept when the policy does not say. */
export const DEFAULT_RETENTION_DAYS = 365;

/** The time before which records are past retention. */
export function retentionCutoff(now: number, days = DEFAULT_RETENTION_DAYS): number {
  return now - days * 24 * 60 * 60 * 1000;
}

/** The popup's summary: today's and the last 7 days' counters, and the events stopped today. */
export interface Glance {
  today: DayTally;
  /** The last 7 days, today included, added up. */
  week: DayTally;
  /** The newest events stopped today, newest first (at most the limit asked for). */
  stoppedToday: LogRecord[];
  /** How many events were stopped today. */
  stoppedCount: number;
}

/** An open usage log. */
export interface LogStore {
  /**
   * Removes the oldest records (retention, or room when storage is full) and appends a `prune` record that
   * says how many and where the chain continues, so what remains still verifies. Returns how many went.
   */
  prune(selection: PruneSelection, reason: PruneReason, context: AppendContext): Promise<number>;
  /**
   * Chains and stores events in one transaction; an event whose id is already stored is skipped (retries are
   * harmless). Returns how many were new. Rejects on a storage failure, so the sender retries.
   */
  append(events: readonly StoredEvent[], context: AppendContext): Promise<number>;
  /** Counts visit reports into the day's running aggregates (a retried report once). Returns how many were new. */
  foldVisits(folds: readonly VisitFold[], context: AppendContext): Promise<number>;
  /**
   * Writes running visit aggregates into the chain as `visit` records: those of days before `before`
   * (`YYYY-MM-DD`), or all of them, today's included, when `before` is null (before an export).
   */
  sealVisits(before: string | null, context: AppendContext): Promise<number>;
  /**
   * One page of the records that pass `filters`, newest first, and whether more follow. Without filters, the
   * newest written first (seq order, one range read); with filters, the newest by time, the period and one of
   * action, kind or site answered by an index, so a page costs what it shows plus what the search skips.
   */
  page(filters: LogFilters, offset: number, limit: number): Promise<{ records: LogRecord[]; hasMore: boolean }>;
  /** How many records pass `filters` (without filters, from the chain's extent, without counting). */
  countMatching(filters: LogFilters): Promise<number>;
  /** The sites that appear in the log, sorted (from the per-site counts, without reading records). */
  sites(): Promise<string[]>;
  /** Today and the last 7 days at a glance, from the day tallies and the outcome index: a few reads. */
  glance(now: number, stoppedLimit?: number): Promise<Glance>;
  /** Every record in seq order, a page at a time (one short transaction per page). */
  iterate(pageSize?: number): AsyncGenerator<LogRecord>;
  /** Every record in seq order. */
  all(): Promise<LogRecord[]>;
  count(): Promise<number>;
  /** The install id and the chain's extent, for export headers. */
  extent(): Promise<LogExtent & { installId: string }>;
  close(): void;
}

/** The part of the filters the time index can answer. */
function timeRange(filters: LogFilters): IDBKeyRange | null {
  const { from, to } = filters;
  if (from !== undefined && to !== undefined) return IDBKeyRange.bound(from, to, false, true);
  if (from !== undefined) return IDBKeyRange.lowerBound(from);
  if (to !== undefined) return IDBKeyRange.upperBound(to, true);
  return null;
}

/**
 * Which index answers the filters: a (field, time) index when the action, kind or site is set, else the time
 * index; the range covers the period. `exact` says whether the range alone answers every filter.
 */
function plan(filters: LogFilters): { index: 'time' | 'actionTime' | 'kindTime' | 'siteTime'; range: IDBKeyRange | null; exact: boolean } {
  const fields = (['action', 'kind', 'site'] as const).filter((field) => filters[field]);
  const exact = fields.length <= 1 && !filters.search?.trim();
  if (fields.length === 0) return { index: 'time', range: timeRange(filters), exact };
  const value = filters[fields[0]] as string;
  const range = IDBKeyRange.bound([value, filters.from ?? -Infinity], [value, filters.to ?? Infinity], false, filters.to !== undefined);
  return { index: `${fields[0]}Time`, range, exact };
}

/** Moves version 1's unchained events into the chain, oldest first, then empties their store. */
async function migrateVersion1(db: Db, context: AppendContext): Promise<void> {
  if (!db.objectStoreNames.contains('events')) return;
  const legacy = await db.getAllFromIndex('events', 'time');
  if (legacy.length === 0) return;
  await appendNow(db, legacy, context);
  await db.clear('events');
}

// Seqs have no gaps and pruning removes a prefix: the records are exactly seqs first..nextSeq-1, so the
// extent needs the state and the first key only (IndexedDB's count() walks every record).
async function readExtent(db: Db): Promise<LogExtent & { installId: string }> {
  await readState(db);
  const tx = db.transaction(['records', 'meta']);
  const [state, first] = await Promise.all([tx.objectStore('meta').get(STATE_KEY), tx.objectStore('records').openKeyCursor()]);
  const installId = state?.installId ?? '';
  if (!state || !first) return { installId, recordCount: 0, firstSeq: null, lastSeq: null, chainHead: state?.head ?? GENESIS_HASH };
  return { installId, recordCount: state.nextSeq - first.key, firstSeq: first.key, lastSeq: state.nextSeq - 1, chainHead: state.head };
}

/**
 * Opens (creating or upgrading as needed) the usage log. Pass `writer` in the one context that writes (the
 * background): it serializes writes and runs data migrations; pages open it to read.
 */
export async function openLogStore(writer?: AppendContext, options: { now?: () => number } = {}): Promise<LogStore> {
  const now = options.now ?? Date.now;
  const db = await openLogDb(now());
  // Writes from one context run one at a time, so each chains onto the head the previous one wrote.
  let tail: Promise<unknown> = writer ? migrateVersion1(db, writer) : Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
  // The first write of a new day first writes the previous days' visits into the chain, so the log reads in order.
  const closePastDays = async (context: AppendContext) => {
    const today = localDay(now());
    if (await hasVisitsBefore(db, today)) await withRoom(db, context, () => sealVisitsNow(db, today, context, now()));
  };

  return {
    append: (events, context) =>
      exclusive(async () => {
        await closePastDays(context);
        return withRoom(db, context, () => appendNow(db, events, context));
      }),
    foldVisits: (folds, context) =>
      exclusive(async () => {
        await closePastDays(context);
        return foldVisitsNow(db, folds);
      }),
    sealVisits: (before, context) => exclusive(() => withRoom(db, context, () => sealVisitsNow(db, before, context, now()))),
    prune: (selection, reason, context) => exclusive(() => pruneNow(db, selection, reason, context)),
    async page(filters, offset, limit) {
      if (noFilters(filters)) {
        // Seqs are contiguous: the newest page is one range of the store, read in one request.
        const { firstSeq, lastSeq } = await readExtent(db);
        if (firstSeq === null || lastSeq === null) return { records: [], hasMore: false };
        const high = lastSeq - offset;
        const low = Math.max(firstSeq, high - limit + 1);
        if (high < firstSeq) return { records: [], hasMore: false };
        return { records: (await db.getAll('records', IDBKeyRange.bound(low, high))).reverse(), hasMore: low > firstSeq };
      }
      const records: LogRecord[] = [];
      let skipped = 0;
      const { index, range } = plan(filters);
      let cursor = await db.transaction('records').store.index(index).openCursor(range, 'prev');
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
      if (noFilters(filters)) return (await readExtent(db)).recordCount;
      const { index, range, exact } = plan(filters);
      if (exact) return db.countFromIndex('records', index, range);
      let count = 0;
      let cursor = await db.transaction('records').store.index(index).openCursor(range);
      while (cursor) {
        if (matchesFilters(cursor.value, filters)) count++;
        cursor = await cursor.continue();
      }
      return count;
    },
    async sites() {
      return (await db.getAll('sites')).filter((entry) => entry.records > 0).map((entry) => entry.site);
    },
    async glance(at, stoppedLimit = 5) {
      const today = localDay(at);
      const tallies = await db.getAll('tallies', IDBKeyRange.bound(daysBefore(at, 6), today));
      const todayTally = tallies.find((tally) => tally.day === today) ?? emptyTally(today);
      const stoppedToday: LogRecord[] = [];
      const range = IDBKeyRange.bound(['stopped', startOfLocalDay(at)], ['stopped', Infinity]);
      let cursor = await db.transaction('records').store.index('outcomeTime').openCursor(range, 'prev');
      while (cursor && stoppedToday.length < stoppedLimit) {
        stoppedToday.push(cursor.value);
        cursor = await cursor.continue();
      }
      return { today: todayTally, week: sumTallies('7', tallies), stoppedToday, stoppedCount: todayTally.outcomes.stopped ?? 0 };
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
    count: async () => (await readExtent(db)).recordCount,
    extent: () => readExtent(db),
    close: () => db.close(),
  };
}
