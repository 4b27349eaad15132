/** The report's filter form: its state as the inputs hold it, its conversion to a ReportFilter, and its choices. */
import type { SourcedRecord } from '../log/export-formats';
import type { ReportFilter } from '../log/report-summary';

/** The filter form's values; an empty string means "any". Dates are `YYYY-MM-DD` (UTC days, inclusive). */
export interface FilterState {
  orgLabel: string;
  site: string;
  type: string;
  from: string;
  to: string;
}

/** The form with every filter off. */
export const NO_FILTERS: FilterState = { orgLabel: '', site: '', type: '', from: '', to: '' };

const DAY = 86_400_000;

/** Converts the form to a ReportFilter; the `to` day is included, and an unreadable date is ignored. Pure. */
export function toReportFilter(state: FilterState): ReportFilter {
  const filter: ReportFilter = {};
  if (state.orgLabel !== '') filter.orgLabel = state.orgLabel;
  if (state.site !== '') filter.site = state.site;
  if (state.type !== '') filter.type = state.type;
  const from = Date.parse(`${state.from}T00:00:00Z`);
  const to = Date.parse(`${state.to}T00:00:00Z`);
  if (!Number.isNaN(from)) filter.from = from;
  if (!Number.isNaN(to)) filter.to = to + DAY;
  return filter;
}

/** What the filter form offers, from the records loaded. */
export interface FilterChoices {
  orgLabels: string[];
  /** Sites, most records (events and visits) first. */
  sites: string[];
  /** Families (`secret.*`) followed by the exact types, each sorted. */
  families: string[];
  types: string[];
  /** The first and last day (UTC) of the records, for the date inputs' bounds. */
  firstDay?: string;
  lastDay?: string;
}

/** Collects the filter choices in one pass over the records. Pure. */
export function filterChoices(rows: readonly SourcedRecord[]): FilterChoices {
  const orgLabels = new Set<string>();
  const sites = new Map<string, number>();
  const types = new Set<string>();
  let first = Infinity;
  let last = -Infinity;
  for (const { record } of rows) {
    if (record.orgLabel !== undefined) orgLabels.add(record.orgLabel);
    if (record.site !== undefined) sites.set(record.site, (sites.get(record.site) ?? 0) + 1);
    for (const finding of record.findings ?? []) types.add(finding.type);
    if (record.time < first) first = record.time;
    if (record.time > last) last = record.time;
  }
  const families = new Set([...types].filter((type) => type.includes('.')).map((type) => `${type.slice(0, type.indexOf('.'))}.*`));
  const choices: FilterChoices = {
    orgLabels: [...orgLabels].sort(),
    sites: [...sites].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([site]) => site),
    families: [...families].sort(),
    types: [...types].sort(),
  };
  if (rows.length > 0) {
    choices.firstDay = new Date(first).toISOString().slice(0, 10);
    choices.lastDay = new Date(last).toISOString().slice(0, 10);
  }
  return choices;
}

/** Whether any filter is on. */
export function hasFilters(state: FilterState): boolean {
  return Object.values(state).some((value) => value !== '');
}
