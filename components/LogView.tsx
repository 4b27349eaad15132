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

/** Props of the log view: the open store, the clock, and a number that changes when the log should be read again. */
export interface LogViewProps {
  store: LogStore;
  now?: () => number;
  revision?: number;
}

/**
 * The employee's log, newest first, a page at a time, with filters and search. Each page reads only what it
 * shows (plus what the filters skip), and the total comes from the chain's extent, so 100,000 records open at once.
 */
export function LogView({ store, now = Date.now, revision = 0 }: LogViewProps) {
  const [error, setError] = useState<string | undefined>();
  const [sites, setSites] = useState<string[]>([]);
  const [filters, setFilters] = useState<LogFilters>({});
  const [period, setPeriod] = useState<Period>('all');
  const [offset, setOffset] = useState(0);
  const [view, setView] = useState<{ records: LogRecord[]; hasMore: boolean; total: number } | undefined>();

  useEffect(() => {
    store.sites().then(setSites, (e: unknown) => setError(String(e)));
  }, [store, revision]);

  useEffect(() => {
    let current = true;
    const query: LogFilters = { ...filters, from: periodStart(period, now()) };
    Promise.all([store.page(query, offset, LOG_PAGE_SIZE), store.countMatching(query)]).then(
      ([page, total]) => current && setView({ ...page, total }),
      (e: unknown) => current && setError(String(e)),
    );
    return () => {
      current = false;
    };
  }, [store, filters, period, offset, revision]);

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
