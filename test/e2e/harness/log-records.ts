import type { LogRecord } from '../../../utils/log/record';

/** A page of either driver (Playwright's and Puppeteer's both evaluate a function in the page). */
export interface EvaluatingPage {
  evaluate(pageFunction: () => Promise<LogRecord[]>): Promise<LogRecord[]>;
}

/**
 * Reads every record of the usage log (IndexedDB) from one of the extension's pages, in Chromium or Firefox
 * (read only: a missing database is not created).
 */
export function readLogRecords(page: EvaluatingPage): Promise<LogRecord[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes('vigie-log')) return [];
    return new Promise<LogRecord[]>((resolve, reject) => {
      const open = indexedDB.open('vigie-log');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('records')) {
          db.close();
          resolve([]);
          return;
        }
        const request = db.transaction('records').objectStore('records').getAll();
        request.onsuccess = () => {
          db.close();
          resolve(request.result as LogRecord[]);
        };
        request.onerror = () => reject(request.error);
      };
    });
  });
}
