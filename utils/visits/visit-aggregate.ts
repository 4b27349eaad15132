/**
 * Shadow AI discovery, in the background: each page of a catalog AI site reports its visits and active time
 * (visit-tracker.ts); the store adds the reports up per site and local day (a running aggregate), and writes
 * each aggregate into the hash-chained log as one `visit` record when the day is over or an export is made.
 */
import type { VisitDay } from '../log/record';

/** A visit report as the store counts it: what the page sent, with the site's classification by the policy. */
export interface VisitFold {
  /** The report's id: a retried delivery reuses it, so it is counted once. */
  id: string;
  site: string;
  /** When the page sent the report (milliseconds since epoch). */
  time: number;
  visits: number;
  activeSeconds: number;
  siteStatus?: string;
  siteCategory?: string;
}

/** Adds a report to a site's aggregate for `day` (a new aggregate when there is none yet). Pure. */
export function foldVisit(aggregate: VisitDay | undefined, report: VisitFold, day: string): VisitDay {
  const next: VisitDay = aggregate
    ? {
        ...aggregate,
        visits: aggregate.visits + report.visits,
        activeSeconds: aggregate.activeSeconds + report.activeSeconds,
        firstSeen: Math.min(aggregate.firstSeen, report.time),
        lastSeen: Math.max(aggregate.lastSeen, report.time),
      }
    : { day, site: report.site, visits: report.visits, activeSeconds: report.activeSeconds, firstSeen: report.time, lastSeen: report.time };
  // The newest classification wins: the policy may have changed during the day.
  if (report.siteStatus !== undefined) next.siteStatus = report.siteStatus;
  if (report.siteCategory !== undefined) next.siteCategory = report.siteCategory;
  return next;
}
