import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { LogFilters } from '../utils/log/log-query';
import type { LogStore } from '../utils/log/log-store';
import type { LogRecord } from '../utils/log/record';
import { EventList } from './EventList';
import { LogFilterBar, periodStart, type Period } from './LogFilterBar';
import { LogPager } from './LogPager';

/** How many events a page of the popup's log lists. */
export const LOG_PAGE_SIZE = 20;

/**
 * The employee's log, newest first, a page at a time, with filters and search. It keeps one store open while
 * shown; each page reads only what it shows (plus what the filters skip), so 100,000 records open at once.
 */
export function LogView({ openLog, now = Date.now }: { openLog(): Promise<LogStore>; now?: () => number }) {
  const [store, setStore] = useState<LogStore | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [sites, setSites] = useState<string[]>([]);
  const [filters, setFilters] = useState<LogFilters>({});
  const [period, setPeriod] = useState<Period>('all');
  const [offset, setOffset] = useState(0);
  const [view, setView] = useState<{ records: LogRecord[]; hasMore: boolean; total: number } | undefined>();

  useEffect(() => {
    let opened: LogStore | undefined;
    openLog().then(
      (s) => {
        opened = s;
        setStore(s);
        void s.sites().then(setSites);
      },
      (e: unknown) => setError(String(e)),
    );
    return () => opened?.close();
  }, []);

  useEffect(() => {
    if (!store) return;
    let current = true;
    const query: LogFilters = { ...filters, from: periodStart(period, now()) };
    Promise.all([store.page(query, offset, LOG_PAGE_SIZE), store.countMatching(query)]).then(
      ([page, total]) => current && setView({ ...page, total }),
      (e: unknown) => current && setError(String(e)),
    );
    return () => {
      current = false;
    };
  }, [store, filters, period, offset]);

  if (error) return <p role="alert">{t('logReadError', error)}</p>;
  if (!view) return <p>{t('loading')}</p>;
  const filtered = period !== 'all' || Object.values(filters).some((v) => v !== undefined && v !== '');
  if (view.total === 0 && !filtered) return <p class="empty">{t('logEmpty')}</p>;
  return (
    <>
      <LogFilterBar
        sites={sites}
        filters={filters}
        period={period}
        onChange={(next, nextPeriod) => {
          setFilters(next);
          setPeriod(nextPeriod);
          setOffset(0);
        }}
      />
      {view.records.length === 0 ? (
        <p class="empty">{t('logNoMatch')}</p>
      ) : (
        <>
          <LogPager offset={offset} shown={view.records.length} total={view.total} hasMore={view.hasMore} onPage={setOffset} pageSize={LOG_PAGE_SIZE} />
          <EventList events={view.records} />
        </>
      )}
    </>
  );
}
