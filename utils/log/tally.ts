/**
 * Per-day counters of the usage log, for the popup's "today" and "last 7 days" at a glance. The store keeps one
 * tally per local day and updates it in the same transaction as the records (and visit aggregates) it counts,
 * so the popup reads seven small objects instead of scanning a week of records. Pure functions.
 */
import { localDay } from './day';
import type { LogRecord } from './record';

/** One site's activity on one day. */
export interface SiteTally {
  /** Events (pastes and other content events) recorded on the site. */
  events: number;
  visits: number;
  activeSeconds: number;
  /** The site's status as last recorded. */
  siteStatus?: string;
}

/** One local day's counters. */
export interface DayTally {
  /** `YYYY-MM-DD`, local time. */
  day: string;
  /** Events per action (`log`, `warn`, `block`, ...). */
  actions: Record<string, number>;
  /** Events per outcome (`allowed`, `stopped`, `overridden`). */
  outcomes: Record<string, number>;
  sites: Record<string, SiteTally>;
}

/** A day with nothing counted yet. */
export function emptyTally(day: string): DayTally {
  return { day, actions: {}, outcomes: {}, sites: {} };
}

/** True for records that count as events: everything but visits and prune records. */
export function isEventRecord(record: Pick<LogRecord, 'kind'>): boolean {
  return record.kind !== 'visit' && record.kind !== 'prune';
}

/** The day a record is counted under: a visit record's own day, else the local day of its time. */
export function tallyDay(record: LogRecord): string {
  return record.visit?.day ?? localDay(record.time);
}

/**
 * Counts a record into its day's tally, or takes it out with `sign` -1 (when pruning removes it). The store
 * counts visits when their reports arrive (countVisit), not when the day's `visit` record is written, so it
 * calls this for a visit record only to take it out. Mutates.
 */
export function countRecord(tally: DayTally, record: LogRecord, sign: 1 | -1 = 1): void {
  if (record.kind === 'visit' && record.visit && record.site) {
    countVisit(tally, record.site, record.visit.visits, record.visit.activeSeconds, record.siteStatus, sign);
    return;
  }
  if (!isEventRecord(record)) return;
  if (record.action) bump(tally.actions, record.action, sign);
  if (record.outcome) bump(tally.outcomes, record.outcome, sign);
  if (record.site) {
    const site = siteOf(tally, record.site, record.siteStatus);
    site.events = Math.max(0, site.events + sign);
  }
}

/** Counts visits and active time of a site into a day's tally (or takes them out with `sign` -1). Mutates. */
export function countVisit(tally: DayTally, site: string, visits: number, activeSeconds: number, siteStatus?: string, sign: 1 | -1 = 1): void {
  const entry = siteOf(tally, site, siteStatus);
  entry.visits = Math.max(0, entry.visits + sign * visits);
  entry.activeSeconds = Math.max(0, entry.activeSeconds + sign * activeSeconds);
}

/** Takes what `removed` counted out of `tally` (counts never go below zero). Mutates `tally`. */
export function subtractTally(tally: DayTally, removed: DayTally): void {
  for (const [action, n] of Object.entries(removed.actions)) bump(tally.actions, action, -n);
  for (const [outcome, n] of Object.entries(removed.outcomes)) bump(tally.outcomes, outcome, -n);
  for (const [host, site] of Object.entries(removed.sites)) {
    const entry = tally.sites[host];
    if (!entry) continue;
    entry.events = Math.max(0, entry.events - site.events);
    entry.visits = Math.max(0, entry.visits - site.visits);
    entry.activeSeconds = Math.max(0, entry.activeSeconds - site.activeSeconds);
  }
}

/** Adds several days into one tally (the last 7 days), under the day `label`. Pure. */
export function sumTallies(label: string, tallies: readonly DayTally[]): DayTally {
  const sum = emptyTally(label);
  for (const tally of tallies) {
    for (const [action, n] of Object.entries(tally.actions)) bump(sum.actions, action, n);
    for (const [outcome, n] of Object.entries(tally.outcomes)) bump(sum.outcomes, outcome, n);
    for (const [host, site] of Object.entries(tally.sites)) {
      const entry = siteOf(sum, host, site.siteStatus);
      entry.events += site.events;
      entry.visits += site.visits;
      entry.activeSeconds += site.activeSeconds;
    }
  }
  return sum;
}

/** The sites of a tally that saw any activity, most active first (events, then visits, then time, then name). */
export function activeSites(tally: DayTally): ({ site: string } & SiteTally)[] {
  return Object.entries(tally.sites)
    .map(([site, counts]) => ({ site, ...counts }))
    .filter((s) => s.events > 0 || s.visits > 0 || s.activeSeconds > 0)
    .sort((a, b) => b.events - a.events || b.visits - a.visits || b.activeSeconds - a.activeSeconds || (a.site < b.site ? -1 : 1));
}

function siteOf(tally: DayTally, host: string, siteStatus: string | undefined): SiteTally {
  const site = (tally.sites[host] ??= { events: 0, visits: 0, activeSeconds: 0 });
  if (siteStatus !== undefined) site.siteStatus = siteStatus;
  return site;
}

function bump(counts: Record<string, number>, key: string, by: number): void {
  const next = (counts[key] ?? 0) + by;
  if (next > 0) counts[key] = next;
  else delete counts[key];
}
