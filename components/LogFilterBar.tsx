import { t, valueLabel } from '../utils/i18n';
import type { LogFilters } from '../utils/log/log-query';
import { ACTIONS, EVENT_KINDS } from '../utils/policy/schema';

/** A period the employee can pick; the popup turns it into a time range. */
export type Period = 'all' | 'today' | '7' | '30';

/** The period as a lower time bound (undefined for all time), relative to `now`. */
export function periodStart(period: Period, now: number): number | undefined {
  if (period === 'all') return undefined;
  const startOfToday = new Date(now).setHours(0, 0, 0, 0);
  return period === 'today' ? startOfToday : startOfToday - (Number(period) - 1) * 24 * 60 * 60 * 1000;
}

// Every action and event kind the policy knows, then the log's own kinds: visits and prunings.
const KINDS = [...EVENT_KINDS, 'visit', 'prune'] as const;
const PERIODS: readonly [Period, 'filterAll' | 'periodToday' | 'period7' | 'period30'][] = [
  ['all', 'filterAll'],
  ['today', 'periodToday'],
  ['7', 'period7'],
  ['30', 'period30'],
];

/** Props of the log's filter bar. */
export interface LogFilterBarProps {
  sites: string[];
  filters: LogFilters;
  period: Period;
  onChange(filters: LogFilters, period: Period): void;
}

/** Filters of the employee's log: site, action, kind, period and a search box. */
export function LogFilterBar({ sites, filters, period, onChange }: LogFilterBarProps) {
  const set = (patch: Partial<LogFilters>) => onChange({ ...filters, ...patch }, period);
  const value = (event: Event) => (event.currentTarget as HTMLSelectElement | HTMLInputElement).value || undefined;
  return (
    <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('filterSite')}
        <select data-filter="site" value={filters.site ?? ''} onChange={(e) => set({ site: value(e) })}>
          <option value="">{t('filterAll')}</option>
          {sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterAction')}
        <select data-filter="action" value={filters.action ?? ''} onChange={(e) => set({ action: value(e) })}>
          <option value="">{t('filterAll')}</option>
          {ACTIONS.map((action) => (
            <option key={action} value={action}>
              {valueLabel('action', action)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterKind')}
        <select data-filter="kind" value={filters.kind ?? ''} onChange={(e) => set({ kind: value(e) })}>
          <option value="">{t('filterAll')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {valueLabel('kind', kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterPeriod')}
        <select data-filter="period" value={period} onChange={(e) => onChange(filters, ((e.currentTarget as HTMLSelectElement).value as Period) || 'all')}>
          {PERIODS.map(([key, label]) => (
            <option key={key} value={key}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <label class="search">
        {t('searchLabel')}
        <input type="search" data-filter="search" placeholder={t('searchPlaceholder')} value={filters.search ?? ''} onInput={(e) => set({ search: value(e) })} />
      </label>
    </form>
  );
}
