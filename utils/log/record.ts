/**
 * The usage log's record: what the store persists per event, chained by hash (see chain.ts).
 * A record is content-free: it says what kind of data, how much, where, which rule and what the user chose,
 * never the pasted text. The only text a record may hold is `excerpt` (a redacted excerpt, and only when the
 * policy asks for one) and `justification` (the reason a user typed when going on after a warning).
 */
import type { UsageEvent } from '../messaging';
import { withoutUndefined } from '../without-undefined';

/** The `prevHash` of the first record of a log: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** Who a record is about, as the policy in force asked: nobody, a stable pseudonym, or an e-mail address. */
export type Identity = { mode: 'anonymous' } | { mode: 'pseudonymous'; id: string } | { mode: 'email'; email: string };

/** The kinds of record this version knows; `kind` stays an open string so newer kinds still load and chain. */
export const KNOWN_RECORD_KINDS = ['paste', 'visit', 'prune'] as const;

/** Why records were pruned: the retention period ran out, or the log reached its storage quota. */
export type PruneReason = 'retention' | 'quota';

/** What a `prune` record states about the records it removed from the start of the log. */
export interface PruneInfo {
  reason: PruneReason;
  /** How many records this pruning removed. */
  removedCount: number;
  /** The seq of the last removed record; the oldest record kept has seq `throughSeq + 1`. */
  throughSeq: number;
  /** The hash of the last removed record, which is the `prevHash` of the oldest record kept. */
  continuesFrom: string;
}

/**
 * What a `visit` record states: one site's visits on one local day. A day's visits are kept as a running
 * aggregate outside the chain and written as a record when the day is over or an export is made, so a site may
 * have several visit records for one day (see docs/log-format.md, Visits); readers add them up.
 */
export interface VisitTotals {
  /** The local calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Pages of the site shown to the user (a page view, or a page restored from the back/forward cache). */
  visits: number;
  /** Time the page was visible and focused, in seconds, counted in steps of 15 seconds. */
  activeSeconds: number;
  /** The first and last report of the period covered (milliseconds since epoch). */
  firstSeen: number;
  lastSeen: number;
}

/** A finding as the log keeps it: a type and a count, never the value. */
export interface RecordFinding {
  type: string;
  count: number;
}

/**
 * One record of the usage log. The fields from `site` to `excerpt` describe an event and are present on
 * `paste` records (site, size, findings, action, outcome, policySource and policyMode are required there);
 * a `visit` record has `site` and `visit`; a `prune` record has `prune`.
 */
export interface LogRecord {
  /** Position in this install's log: 1, 2, 3, ... with no gap, also across pruning. */
  seq: number;
  /** Random id (UUID); for events, the id the content script chose, so retries are stored once. */
  id: string;
  /** Milliseconds since 1970-01-01 UTC. */
  time: number;
  /** `paste`, `visit` or `prune` today; other values may come with newer versions. */
  kind: string;
  site?: string;
  /** `sanctioned`, `tolerated`, `blocked` (or another status the policy defines) when the policy classifies the site. */
  siteStatus?: string;
  /** The site's catalog category (`chat`, `code-assistant`, ...), when known. */
  siteCategory?: string;
  size?: number;
  findings?: RecordFinding[];
  /** `allow`, `log`, `warn`, `block` (newer policies may add actions). */
  action?: string;
  /** `allowed`, `stopped`, `overridden`. */
  outcome?: string;
  ruleId?: string;
  relatedId?: string;
  /** On an `overridden` event, the reason the user gave, when the policy asks for one. */
  justification?: string;
  /** A redacted excerpt, only when the policy asks for one. */
  excerpt?: string;
  /** `managed`, `imported` or `default`. */
  policySource?: string;
  policyMode?: string;
  policyVersion?: string;
  prune?: PruneInfo;
  /** On a `visit` record: the day's visits and active time. */
  visit?: VisitTotals;
  /** The version of Vigie that wrote the record. */
  extensionVersion: string;
  identity: Identity;
  /** The organization label (entity, department) that the policy sets, if any. */
  orgLabel?: string;
  /** The hash of the previous record, or GENESIS_HASH for the first one. */
  prevHash: string;
  /** SHA-256 (lowercase hex) of the canonical JSON of this record without `hash`. */
  hash: string;
}

/** A record before it is chained: what the store builds, then hands to chainRecords(). */
export type UnchainedRecord = Omit<LogRecord, 'prevHash' | 'hash'>;

/** What the store adds to every record it writes. */
export interface RecordContext {
  seq: number;
  extensionVersion: string;
  identity: Identity;
  orgLabel?: string;
  /** The version of the policy in force, for records that are not events (events carry their own). */
  policyVersion?: string;
}

/** Optional event fields that newer events may carry, or that the background adds (site status and category). */
export type EventExtras = Partial<Pick<LogRecord, 'siteStatus' | 'siteCategory' | 'justification' | 'excerpt'>>;

/** Turns a usage event into an unchained record; undefined optional fields are left out. Pure. */
export function recordFromEvent(event: UsageEvent & EventExtras, context: RecordContext): UnchainedRecord {
  return withoutUndefined({
    seq: context.seq,
    id: event.id,
    time: event.time,
    kind: event.kind,
    site: event.site,
    siteStatus: event.siteStatus,
    siteCategory: event.siteCategory,
    size: event.size,
    findings: event.findings.map((f) => ({ type: f.type, count: f.count })),
    action: event.action,
    outcome: event.outcome,
    ruleId: event.ruleId,
    relatedId: event.relatedId,
    justification: event.justification,
    excerpt: event.excerpt,
    policySource: event.policySource,
    policyMode: event.policyMode,
    policyVersion: event.policyVersion ?? context.policyVersion,
    extensionVersion: context.extensionVersion,
    identity: context.identity,
    orgLabel: context.orgLabel,
  });
}

/**
 * Builds the `prune` record the store appends after removing the oldest `removedCount` records, of which
 * `lastRemoved` was the newest, so that what is left still verifies. Pure; `id` and `time` come from the caller.
 */
export function pruneRecord(
  lastRemoved: Pick<LogRecord, 'seq' | 'hash'>,
  removedCount: number,
  reason: PruneReason,
  base: RecordContext & { id: string; time: number; policyVersion?: string },
): UnchainedRecord {
  return withoutUndefined({
    seq: base.seq,
    id: base.id,
    time: base.time,
    kind: 'prune',
    policyVersion: base.policyVersion,
    prune: { reason, removedCount, throughSeq: lastRemoved.seq, continuesFrom: lastRemoved.hash },
    extensionVersion: base.extensionVersion,
    identity: base.identity,
    orgLabel: base.orgLabel,
  });
}

/** A site's running visit aggregate for one day, as the store keeps it until it is written to the chain. */
export interface VisitDay {
  day: string;
  site: string;
  visits: number;
  activeSeconds: number;
  firstSeen: number;
  lastSeen: number;
  siteStatus?: string;
  siteCategory?: string;
}

/** Builds the `visit` record that writes a day's aggregate into the chain; `time` is its last report. Pure. */
export function visitRecord(aggregate: VisitDay, base: RecordContext & { id: string }): UnchainedRecord {
  return withoutUndefined({
    seq: base.seq,
    id: base.id,
    time: aggregate.lastSeen,
    kind: 'visit',
    site: aggregate.site,
    siteStatus: aggregate.siteStatus,
    siteCategory: aggregate.siteCategory,
    visit: { day: aggregate.day, visits: aggregate.visits, activeSeconds: aggregate.activeSeconds, firstSeen: aggregate.firstSeen, lastSeen: aggregate.lastSeen },
    policyVersion: base.policyVersion,
    extensionVersion: base.extensionVersion,
    identity: base.identity,
    orgLabel: base.orgLabel,
  });
}

/** The key that counts a person once: the pseudonym or e-mail address, or the install when anonymous. */
export function userKey(identity: Identity, installId: string): string {
  if (identity.mode === 'pseudonymous') return `id:${identity.id}`;
  if (identity.mode === 'email') return `email:${identity.email.toLowerCase()}`;
  return `install:${installId}`;
}

/** A readable name for a user key's person, for reports. */
export function userLabel(identity: Identity, installId: string): string {
  if (identity.mode === 'pseudonymous') return identity.id;
  if (identity.mode === 'email') return identity.email;
  return `anonymous (install ${installId.slice(0, 8)})`;
}
