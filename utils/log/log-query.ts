import type { LogRecord } from './record';

/** What the employee filters the log by; every field is optional. */
export interface LogFilters {
  site?: string;
  action?: string;
  kind?: string;
  /** Inclusive lower bound, milliseconds since epoch. */
  from?: number;
  /** Exclusive upper bound, milliseconds since epoch. */
  to?: number;
  /** Case-insensitive text matched against the site, the rule, the kind and the finding types. */
  search?: string;
}

/** True when a record passes the filters. Pure. */
export function matchesFilters(record: LogRecord, filters: LogFilters): boolean {
  if (filters.site && record.site !== filters.site) return false;
  if (filters.action && record.action !== filters.action) return false;
  if (filters.kind && record.kind !== filters.kind) return false;
  if (filters.from !== undefined && record.time < filters.from) return false;
  if (filters.to !== undefined && record.time >= filters.to) return false;
  const search = filters.search?.trim().toLowerCase();
  if (search) {
    const haystack = [record.site, record.ruleId, record.kind, ...(record.findings ?? []).map((f) => f.type)].join(' ').toLowerCase();
    if (!haystack.includes(search)) return false;
  }
  return true;
}

/** True when no filter is set. */
export function noFilters(filters: LogFilters): boolean {
  return !filters.site && !filters.action && !filters.kind && filters.from === undefined && filters.to === undefined && !filters.search?.trim();
}
