import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UsageEvent } from '../messaging';

/** The usage log's IndexedDB name. This module is the only one that opens it. */
export const LOG_DB_NAME = 'vigie-log';
const LOG_DB_VERSION = 1;

interface LogSchema extends DBSchema {
  events: {
    key: string;
    value: UsageEvent;
    indexes: { time: number };
  };
}

/** An open usage log. */
export interface LogStore {
  /** Stores events; an event already stored under the same id is left as it is (retries are harmless). */
  append(events: readonly UsageEvent[]): Promise<void>;
  /** The newest events first, at most `limit`. */
  latest(limit: number): Promise<UsageEvent[]>;
  /** Every event, oldest first. */
  all(): Promise<UsageEvent[]>;
  count(): Promise<number>;
  close(): void;
}

/** Opens (creating or migrating as needed) the usage log. */
export async function openLogStore(): Promise<LogStore> {
  const db: IDBPDatabase<LogSchema> = await openDB<LogSchema>(LOG_DB_NAME, LOG_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const events = database.createObjectStore('events', { keyPath: 'id' });
        events.createIndex('time', 'time');
      }
    },
  });
  return {
    async append(events) {
      const tx = db.transaction('events', 'readwrite');
      for (const event of events) {
        // add() would fail the whole transaction on a retried id; check first and skip instead.
        const existing = await tx.store.getKey(event.id);
        if (existing === undefined) await tx.store.add(event);
      }
      await tx.done;
    },
    async latest(limit) {
      const out: UsageEvent[] = [];
      let cursor = await db.transaction('events').store.index('time').openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        out.push(cursor.value);
        cursor = await cursor.continue();
      }
      return out;
    },
    all: () => db.getAllFromIndex('events', 'time'),
    count: () => db.count('events'),
    close: () => db.close(),
  };
}
