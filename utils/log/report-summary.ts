/**
 * The admins' report over merged records: which AI sites are used and by how many people, what kinds of
 * data nearly left, what the policy did, what was overridden and why, and the riskiest events. Pure.
 */
import type { SourcedRecord } from './export-formats';
import { userKey, userLabel, type LogRecord, type RecordFinding } from './record';

/** Which records a report covers; every criterion is optional. */
export interface ReportFilter {
  /** The organization label, exactly. */
  orgLabel?: string;
  /** A host name; its subdomains match too. */
  site?: string;
  /** A finding type (`pii.email`), or a family ending with a dot or `.*` (`secret.`, `secret.*`). */
  type?: string;
  /** Milliseconds since epoch, inclusive. */
  from?: number;
  /** Milliseconds since epoch, exclusive. */
  to?: number;
}

/** One AI site's usage. */
export interface SiteUsage {
  site: string;
  /** Distinct people who visited the site or pasted into it: pseudonym or e-mail address when known, else the install. */
  users: number;
  /** Events recorded on the site (pastes and other content events; visits are counted in `visits`). */
  events: number;
  pastes: number;
  /** Pages of the site shown, summed over its `visit` records. */
  visits: number;
  /** Visible and focused time on the site, in seconds, summed over its `visit` records. */
  activeSeconds: number;
  /** Distinct (person, day) pairs with a visit: how many person-days the site was used. */
  visitDays: number;
  /** The site's status as last recorded (`sanctioned`, `tolerated`, `blocked`, ...), when the policy classifies sites. */
  siteStatus?: string;
  /** The site's catalog category as last recorded. */
  siteCategory?: string;
}

/** An override: a user went on after a warning, with the reason they gave. */
export interface OverrideRow {
  time: number;
  site: string;
  user: string;
  installId: string;
  ruleId?: string;
  findings: RecordFinding[];
  justification?: string;
}

/** A risky event: warned or blocked, with secrets or many findings. */
export interface RiskRow extends OverrideRow {
  action: string;
  outcome: string;
  score: number;
}

/** The report. Lists are sorted largest first, except perDay and overrides (oldest first). */
export interface Summary {
  /** Events covered: pastes and other content events (visits are counted in `visits`, prunings in `pruned`). */
  events: number;
  /** Pages of AI sites shown, summed over the `visit` records covered. */
  visits: number;
  /** Active time on AI sites, in seconds, summed over the `visit` records covered. */
  activeSeconds: number;
  /** People and installs count everyone with an event or a visit. */
  users: number;
  installs: number;
  /** ISO dates (UTC) of the first and last record covered, or null when there is none. */
  period: { from: string; to: string } | null;
  sitesByUsers: SiteUsage[];
  sitesByEvents: SiteUsage[];
  /** Per site status, when records carry one; empty otherwise. */
  siteStatuses: { status: string; sites: number; users: number; events: number; visits: number }[];
  findingTypes: { type: string; events: number; findings: number }[];
  actions: { action: string; events: number }[];
  outcomes: { outcome: string; events: number }[];
  /** Events and visits per day: the UTC day of an event, the local day a visit record states. */
  perDay: { day: string; events: number; visits: number }[];
  overrides: OverrideRow[];
  riskiest: RiskRow[];
  /** Records removed by retention or quota, as the prune records state. */
  pruned: number;
}

/** The records that match a filter. Pure. */
export function filterRecords(rows: readonly SourcedRecord[], filter: ReportFilter): SourcedRecord[] {
  const typeFamily = filter.type?.endsWith('.*') ? filter.type.slice(0, -1) : filter.type?.endsWith('.') ? filter.type : undefined;
  const typeMatches = (type: string) => (typeFamily !== undefined ? type.startsWith(typeFamily) : type === filter.type);
  return rows.filter(({ record: r }) => {
    if (filter.orgLabel !== undefined && r.orgLabel !== filter.orgLabel) return false;
    if (filter.site !== undefined && (r.site === undefined || (r.site !== filter.site && !r.site.endsWith(`.${filter.site}`)))) return false;
    if (filter.type !== undefined && !(r.findings ?? []).some((f) => typeMatches(f.type))) return false;
    const [start, end] = timeSpan(r);
    if (filter.from !== undefined && end <= filter.from) return false;
    if (filter.to !== undefined && start >= filter.to) return false;
    return true;
  });
}

const DAY_MS = 86_400_000;

/**
 * The span a date filter compares, end exclusive: an event's own instant, but for a `visit` record the whole
 * day it is about, read as the filter reads its days (UTC midnight to midnight). A visit aggregate is written
 * after its local day is over, so its time alone would put it on the next day.
 */
function timeSpan(r: LogRecord): [number, number] {
  const day = r.visit === undefined ? Number.NaN : Date.parse(`${r.visit.day}T00:00:00Z`);
  return Number.isNaN(day) ? [r.time, r.time + 1] : [day, day + DAY_MS];
}

/** Summarizes merged records; `top` caps the riskiest events listed (default 10). Pure. */
export function summarize(rows: readonly SourcedRecord[], options: { top?: number } = {}): Summary {
  const sites = new Map<string, SiteUsage & { userKeys: Set<string> }>();
  const statuses = new Map<string, { sites: Set<string>; users: Set<string>; events: number; visits: number }>();
  const visitDays = new Map<string, Set<string>>();
  const types = new Map<string, { events: number; findings: number }>();
  const actions = new Map<string, number>();
  const outcomes = new Map<string, number>();
  const days = new Map<string, { events: number; visits: number }>();
  const users = new Set<string>();
  const installs = new Set<string>();
  const overrides: OverrideRow[] = [];
  const risky: RiskRow[] = [];
  let events = 0;
  let visits = 0;
  let activeSeconds = 0;
  let pruned = 0;
  let first = Infinity;
  let last = -Infinity;

  for (const { installId, record: r } of rows) {
    if (r.kind === 'prune') {
      pruned += r.prune?.removedCount ?? 0;
      continue;
    }
    // A visit record adds up a day's visits (several records of one site and day add up too); anything else is an event.
    const visit = r.kind === 'visit' ? r.visit : undefined;
    const isEvent = r.kind !== 'visit';
    const user = userKey(r.identity, installId);
    users.add(user);
    installs.add(installId);
    first = Math.min(first, visit?.firstSeen ?? r.time);
    last = Math.max(last, r.time);
    const dayKey = visit?.day ?? new Date(r.time).toISOString().slice(0, 10);
    const day = days.get(dayKey) ?? { events: 0, visits: 0 };
    days.set(dayKey, day);
    if (isEvent) {
      events++;
      day.events++;
    }
    if (visit) {
      visits += visit.visits;
      activeSeconds += visit.activeSeconds;
      day.visits += visit.visits;
    }
    if (r.site !== undefined) {
      const site = sites.get(r.site) ?? { site: r.site, users: 0, events: 0, pastes: 0, visits: 0, activeSeconds: 0, visitDays: 0, userKeys: new Set<string>() };
      sites.set(r.site, site);
      site.userKeys.add(user);
      if (isEvent) site.events++;
      if (r.kind === 'paste') site.pastes++;
      if (visit) {
        site.visits += visit.visits;
        site.activeSeconds += visit.activeSeconds;
        const personDays = visitDays.get(r.site) ?? new Set<string>();
        visitDays.set(r.site, personDays);
        personDays.add(`${user}\u0000${visit.day}`);
      }
      if (r.siteCategory !== undefined) site.siteCategory = r.siteCategory;
      if (r.siteStatus !== undefined) {
        site.siteStatus = r.siteStatus;
        const status = statuses.get(r.siteStatus) ?? { sites: new Set<string>(), users: new Set<string>(), events: 0, visits: 0 };
        statuses.set(r.siteStatus, status);
        status.sites.add(r.site);
        status.users.add(user);
        if (isEvent) status.events++;
        if (visit) status.visits += visit.visits;
      }
    }
    for (const finding of r.findings ?? []) {
      const type = types.get(finding.type) ?? { events: 0, findings: 0 };
      types.set(finding.type, type);
      type.events++;
      type.findings += finding.count;
    }
    if (r.action !== undefined) bump(actions, r.action);
    if (r.outcome !== undefined) bump(outcomes, r.outcome);
    if (r.outcome === 'overridden') overrides.push(eventRow(r, installId));
    const score = riskScore(r);
    if (score > 0) risky.push({ ...eventRow(r, installId), action: r.action ?? '', outcome: r.outcome ?? '', score });
  }

  const siteList = [...sites.values()].map(({ userKeys, ...site }) => ({ ...site, users: userKeys.size, visitDays: visitDays.get(site.site)?.size ?? 0 }));
  return {
    events,
    visits,
    activeSeconds,
    users: users.size,
    installs: installs.size,
    period: users.size === 0 ? null : { from: new Date(first).toISOString().slice(0, 10), to: new Date(last).toISOString().slice(0, 10) },
    sitesByUsers: [...siteList].sort((a, b) => b.users - a.users || b.events - a.events || b.visits - a.visits || compare(a.site, b.site)),
    sitesByEvents: [...siteList].sort((a, b) => b.events - a.events || b.users - a.users || b.visits - a.visits || compare(a.site, b.site)),
    siteStatuses: [...statuses]
      .map(([status, s]) => ({ status, sites: s.sites.size, users: s.users.size, events: s.events, visits: s.visits }))
      .sort((a, b) => b.events - a.events || b.users - a.users || compare(a.status, b.status)),
    findingTypes: [...types].map(([type, t]) => ({ type, ...t })).sort((a, b) => b.events - a.events || compare(a.type, b.type)),
    actions: ranked(actions).map(([action, n]) => ({ action, events: n })),
    outcomes: ranked(outcomes).map(([outcome, n]) => ({ outcome, events: n })),
    perDay: [...days].sort(([a], [b]) => compare(a, b)).map(([day, n]) => ({ day, ...n })),
    overrides: overrides.sort((a, b) => a.time - b.time),
    riskiest: risky.sort((a, b) => b.score - a.score || b.time - a.time).slice(0, options.top ?? 10),
    pruned,
  };
}

/** The number of findings from which a warned or blocked paste counts as risky even without secrets. */
export const MANY_FINDINGS = 10;

/**
 * How risky an event is, 0 when it is not: only warned or blocked events with a secret or at least
 * MANY_FINDINGS findings count. Secrets weigh most, then an override (the data went through), then volume.
 */
export function riskScore(record: LogRecord): number {
  if (record.action !== 'warn' && record.action !== 'block') return 0;
  const findings = record.findings ?? [];
  const total = findings.reduce((sum, f) => sum + f.count, 0);
  const secrets = findings.some((f) => f.type.startsWith('secret.'));
  if (!secrets && total < MANY_FINDINGS) return 0;
  return (secrets ? 1000 : 0) + (record.outcome === 'overridden' ? 500 : 0) + Math.min(total, 499);
}

function eventRow(r: LogRecord, installId: string): OverrideRow {
  const row: OverrideRow = { time: r.time, site: r.site ?? '', user: userLabel(r.identity, installId), installId, findings: r.findings ?? [] };
  if (r.ruleId !== undefined) row.ruleId = r.ruleId;
  if (r.justification !== undefined) row.justification = r.justification;
  return row;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function ranked(map: Map<string, number>): [string, number][] {
  return [...map].sort(([a, x], [b, y]) => y - x || compare(a, b));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
