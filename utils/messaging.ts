/**
 * The typed protocol between content scripts and the background. Message names say their direction;
 * the receiver checks every payload with the parser here before acting on it.
 */
import { ACTIONS, EVENT_KINDS, SITE_STATUSES, type EventKind, type PolicyAction, type SiteStatus } from './policy/schema';
import type { PolicySource } from './policy/load';

/** What happened to the content after the decision: `redacted` means it reached the page masked. */
export type EventOutcome = 'allowed' | 'stopped' | 'overridden' | 'redacted';

/** One usage event. It never carries the pasted text: only its kind, size, where, and what was found. */
export interface UsageEvent {
  /** Random id chosen by the content script; retries reuse it so the log never holds a duplicate. */
  id: string;
  /** Milliseconds since epoch. */
  time: number;
  /** Hostname of the AI site's frame. */
  site: string;
  kind: EventKind;
  /** The site's status under the policy in force. */
  siteStatus?: SiteStatus;
  /** Length of the content in characters (for files: in bytes). */
  size: number;
  findings: { type: string; count: number }[];
  action: PolicyAction;
  outcome: EventOutcome;
  ruleId?: string;
  /** For an `overridden` or `redacted` event, the id of the stopped event it follows. */
  relatedId?: string;
  /** The reason the user typed to go on, when the rule asked for one (`justify`). */
  justification?: string;
  /** A short excerpt with every finding masked, only when the policy's logging.excerpt is `redacted`. */
  excerpt?: string;
  policySource: PolicySource;
  policyMode: 'monitor' | 'enforce';
  policyVersion?: string;
}

export const CONTENT_TO_BG_EVENT = 'content->bg:event';

export interface ContentToBgEvent {
  type: typeof CONTENT_TO_BG_EVENT;
  event: UsageEvent;
}

/** The background's answer: the event is stored (ok) or refused for a reason retrying will not fix. */
export type EventAck = { ok: true; id: string } | { ok: false; id?: string; error: string };

// Pure: content scripts that import the message names do not carry these sets.
const ACTION_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set(ACTIONS);
const KIND_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set(EVENT_KINDS);
const STATUS_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set(SITE_STATUSES);
const OUTCOMES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['allowed', 'stopped', 'overridden', 'redacted']);
/** The longest justification and excerpt a record may hold. */
export const MAX_JUSTIFICATION = 500;
export const MAX_EXCERPT = 300;
const TYPE_ID = /^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$/;
const HOSTNAME = /^[a-z0-9.-]{1,253}$/;

function isOptionalString(value: unknown, max: number): boolean {
  return value === undefined || (typeof value === 'string' && value.length <= max);
}

/** Parses a message as a content->bg event, or explains why it is not one. */
export function parseContentEvent(message: unknown): { event: UsageEvent } | { error: string } {
  if (typeof message !== 'object' || message === null) return { error: 'not an object' };
  const { type, event } = message as Partial<ContentToBgEvent>;
  if (type !== CONTENT_TO_BG_EVENT) return { error: `unknown message type ${String(type)}` };
  if (typeof event !== 'object' || event === null) return { error: 'missing event' };
  const e = event as unknown as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof e.id !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(e.id)) problems.push('id');
  if (typeof e.time !== 'number' || !Number.isFinite(e.time)) problems.push('time');
  if (typeof e.site !== 'string' || !HOSTNAME.test(e.site)) problems.push('site');
  if (!KIND_SET.has(e.kind)) problems.push('kind');
  if (e.siteStatus !== undefined && !STATUS_SET.has(e.siteStatus)) problems.push('siteStatus');
  if (typeof e.size !== 'number' || !Number.isInteger(e.size) || e.size < 0) problems.push('size');
  if (
    !Array.isArray(e.findings) ||
    e.findings.length > 100 ||
    !e.findings.every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as { type?: unknown }).type === 'string' &&
        TYPE_ID.test((f as { type: string }).type) &&
        Number.isInteger((f as { count?: unknown }).count) &&
        (f as { count: number }).count > 0,
    )
  ) {
    problems.push('findings');
  }
  if (!ACTION_SET.has(e.action)) problems.push('action');
  if (!OUTCOMES.has(e.outcome)) problems.push('outcome');
  if (!isOptionalString(e.ruleId, 64)) problems.push('ruleId');
  if (!isOptionalString(e.relatedId, 64)) problems.push('relatedId');
  if (!isOptionalString(e.justification, MAX_JUSTIFICATION)) problems.push('justification');
  if (!isOptionalString(e.excerpt, MAX_EXCERPT)) problems.push('excerpt');
  if (e.policySource !== 'managed' && e.policySource !== 'imported' && e.policySource !== 'default') problems.push('policySource');
  if (e.policyMode !== 'monitor' && e.policyMode !== 'enforce') problems.push('policyMode');
  if (!isOptionalString(e.policyVersion, 64)) problems.push('policyVersion');
  const known = new Set(['id', 'time', 'site', 'kind', 'siteStatus', 'size', 'findings', 'action', 'outcome', 'ruleId', 'relatedId', 'justification', 'excerpt', 'policySource', 'policyMode', 'policyVersion']);
  // Unknown fields are refused, so nothing (pasted text above all) can ride along into the log.
  for (const key of Object.keys(e)) if (!known.has(key)) problems.push(`unexpected field ${key}`);
  if (problems.length > 0) return { error: `invalid event: ${problems.join(', ')}` };
  return { event: e as unknown as UsageEvent };
}

export const CONTENT_TO_BG_LOAD_SCRIPT = 'content->bg:load-script';

/** Asks the background to inject one of the extension's lazily loaded scripts (by name) into the sending frame. */
export interface ContentToBgLoadScript {
  type: typeof CONTENT_TO_BG_LOAD_SCRIPT;
  /** A name of utils/guard/inject-script.ts INJECTABLE_SCRIPTS; checked by the background. */
  script: string;
}

/** True when a message asks for a script to be injected (the name itself is checked by injectScript). */
export function isLoadScript(message: unknown): message is ContentToBgLoadScript {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CONTENT_TO_BG_LOAD_SCRIPT;
}

export const CONTENT_TO_BG_SITE_BLOCKED = 'content->bg:site-blocked';

/** Tells the background that the sending top frame is on a site the policy blocks (it checks, then shows the interstitial). */
export interface ContentToBgSiteBlocked {
  type: typeof CONTENT_TO_BG_SITE_BLOCKED;
}

/** True when a message reports a blocked site (it has no payload beyond its type). */
export function isSiteBlocked(message: unknown): message is ContentToBgSiteBlocked {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CONTENT_TO_BG_SITE_BLOCKED;
}

export const CONTENT_TO_BG_VISIT = 'content->bg:visit';

/**
 * What a page of a catalog AI site adds to its site's visits today since its last report: pages shown and
 * visible, focused time (in whole steps). No URL, no title: only the host, as for events.
 */
export interface VisitReport {
  /** Random id; a retried delivery reuses it, so the report is counted once. */
  id: string;
  /** Hostname of the top frame. */
  site: string;
  /** When the report was sent (milliseconds since epoch). */
  time: number;
  visits: number;
  activeSeconds: number;
}

export interface ContentToBgVisit {
  type: typeof CONTENT_TO_BG_VISIT;
  visit: VisitReport;
}

/** The most a single report may claim: a day of active time, and a handful of page views. */
const MAX_REPORT_SECONDS = 86_400;
const MAX_REPORT_VISITS = 100;

/** Parses a message as a content->bg visit report, or explains why it is not one. Unknown fields are refused. */
export function parseVisitReport(message: unknown): { visit: VisitReport } | { error: string } {
  if (typeof message !== 'object' || message === null) return { error: 'not an object' };
  const { type, visit } = message as Partial<ContentToBgVisit>;
  if (type !== CONTENT_TO_BG_VISIT) return { error: `unknown message type ${String(type)}` };
  if (typeof visit !== 'object' || visit === null) return { error: 'missing visit' };
  const v = visit as unknown as Record<string, unknown>;
  const isCount = (value: unknown, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
  const problems: string[] = [];
  if (typeof v.id !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(v.id)) problems.push('id');
  if (typeof v.site !== 'string' || !HOSTNAME.test(v.site)) problems.push('site');
  if (typeof v.time !== 'number' || !Number.isFinite(v.time) || v.time < 0) problems.push('time');
  if (!isCount(v.visits, MAX_REPORT_VISITS)) problems.push('visits');
  if (!isCount(v.activeSeconds, MAX_REPORT_SECONDS)) problems.push('activeSeconds');
  for (const key of Object.keys(v)) if (!['id', 'site', 'time', 'visits', 'activeSeconds'].includes(key)) problems.push(`unexpected field ${key}`);
  if (problems.length > 0) return { error: `invalid visit report: ${problems.join(', ')}` };
  return { visit: v as unknown as VisitReport };
}

export const POPUP_TO_BG_PREPARE_EXPORT = 'popup->bg:prepare-export';

/** Asks the background to write today's visits into the log before an export, and for the identity in force. */
export interface PopupToBgPrepareExport {
  type: typeof POPUP_TO_BG_PREPARE_EXPORT;
}

/** The background's answer to prepare-export: who and what the export's header states. */
export type PrepareExportReply =
  | { ok: true; identity: import('./log/record').Identity; orgLabel?: string; policySource?: string; policyVersion?: string }
  | { ok: false; error: string };

/** True when a message asks to prepare an export (it has no payload beyond its type). */
export function isPrepareExport(message: unknown): message is PopupToBgPrepareExport {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === POPUP_TO_BG_PREPARE_EXPORT;
}
