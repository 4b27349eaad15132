/**
 * Shadow AI discovery over merged records: AI site usage grouped by site status (sanctioned versus
 * unsanctioned) and by catalog category, and the site list ranked by people, events, visits or active time.
 * Shared by the report page and `vigie report summary`. Pure.
 */
import type { SourcedRecord } from '../log/export-formats';
import { userKey } from '../log/record';
import type { SiteUsage } from '../log/report-summary';

/** How sites are grouped by status: `tolerated`, `blocked` and any other status but `sanctioned` are unsanctioned. */
export type StatusGroup = 'sanctioned' | 'unsanctioned' | 'unclassified';

/** The status group of a site status; a record without a status is unclassified (its policy did not classify the site). */
export function statusGroup(status: string | undefined): StatusGroup {
  if (status === undefined) return 'unclassified';
  return status === 'sanctioned' ? 'sanctioned' : 'unsanctioned';
}

/** AI site usage under one key (a status, a status group or a category). */
export interface UsageRow {
  key: string;
  /** Distinct sites. */
  sites: number;
  /** Distinct people (pseudonym or e-mail address when known, else the install), with an event or a visit. */
  users: number;
  /** Pages shown, summed over `visit` records. */
  visits: number;
  /** Visible and focused time in seconds, summed over `visit` records. */
  activeSeconds: number;
  /** Events (pastes and other content events); visits are not events. */
  events: number;
}

/**
 * Usage per key of each record on a site (events and visits; prune records and records without a site are left
 * out). A site whose records carry several keys (its status changed) counts under each. Largest active time first.
 */
export function usageBy(rows: readonly SourcedRecord[], keyOf: (record: SourcedRecord['record']) => string | undefined): UsageRow[] {
  const groups = new Map<string, { sites: Set<string>; users: Set<string>; visits: number; activeSeconds: number; events: number }>();
  for (const { installId, record } of rows) {
    if (record.site === undefined || record.kind === 'prune') continue;
    const key = keyOf(record);
    if (key === undefined) continue;
    const group = groups.get(key) ?? { sites: new Set<string>(), users: new Set<string>(), visits: 0, activeSeconds: 0, events: 0 };
    groups.set(key, group);
    group.sites.add(record.site);
    group.users.add(userKey(record.identity, installId));
    if (record.kind === 'visit') {
      group.visits += record.visit?.visits ?? 0;
      group.activeSeconds += record.visit?.activeSeconds ?? 0;
    } else group.events++;
  }
  return [...groups]
    .map(([key, g]) => ({ key, sites: g.sites.size, users: g.users.size, visits: g.visits, activeSeconds: g.activeSeconds, events: g.events }))
    .sort((a, b) => b.activeSeconds - a.activeSeconds || b.users - a.users || b.events - a.events || compare(a.key, b.key));
}

/** Sanctioned versus unsanctioned: the groups in that order (then unclassified), each with its statuses. */
export interface StatusBreakdown {
  groups: (UsageRow & { key: StatusGroup; statuses: UsageRow[] })[];
}

const GROUP_ORDER: readonly StatusGroup[] = ['sanctioned', 'unsanctioned', 'unclassified'];

/** Groups AI site usage by status group, listing within each group its statuses (only groups that have records). */
export function statusBreakdown(rows: readonly SourcedRecord[]): StatusBreakdown {
  const groups = usageBy(rows, (record) => statusGroup(record.siteStatus));
  const statuses = usageBy(rows, (record) => record.siteStatus);
  return {
    groups: GROUP_ORDER.flatMap((key) => {
      const group = groups.find((row) => row.key === key);
      return group ? [{ ...group, key, statuses: key === 'unsanctioned' ? statuses.filter((row) => statusGroup(row.key) === key) : [] }] : [];
    }),
  };
}

/** Usage per catalog category; records without a category count under `unknown`. */
export function categoryBreakdown(rows: readonly SourcedRecord[]): UsageRow[] {
  return usageBy(rows, (record) => record.siteCategory ?? UNKNOWN_CATEGORY);
}

/** The category key of records that carry none. */
export const UNKNOWN_CATEGORY = 'unknown';

/** What the site list can be ranked by: people, days used (person-days), visits, active time, events. */
export const SITE_RANKS = ['users', 'visitDays', 'visits', 'activeSeconds', 'events'] as const;
/** One of SITE_RANKS. */
export type SiteRank = (typeof SITE_RANKS)[number];

/** The sites ranked by `by`, largest first; ties go to more people, then more active time, then more events, then by name. */
export function rankSites(sites: readonly SiteUsage[], by: SiteRank): SiteUsage[] {
  return [...sites].sort((a, b) => b[by] - a[by] || b.users - a.users || b.activeSeconds - a.activeSeconds || b.events - a.events || compare(a.site, b.site));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
