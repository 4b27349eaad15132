/**
 * The typed protocol between content scripts and the background. Message names say their direction;
 * the receiver checks every payload with the parser here before acting on it.
 */
import type { PolicyAction } from './policy/schema';
import type { PolicySource } from './policy/load';

/** What happened to the content after the decision. */
export type EventOutcome = 'allowed' | 'stopped' | 'overridden';

/** One usage event. It never carries the pasted text: only its kind, size, where, and what was found. */
export interface UsageEvent {
  /** Random id chosen by the content script; retries reuse it so the log never holds a duplicate. */
  id: string;
  /** Milliseconds since epoch. */
  time: number;
  /** Hostname of the AI site's frame. */
  site: string;
  kind: 'paste';
  /** Length of the pasted text in characters. */
  size: number;
  findings: { type: string; count: number }[];
  action: PolicyAction;
  outcome: EventOutcome;
  ruleId?: string;
  /** For an `overridden` event, the id of the event the user overrode. */
  relatedId?: string;
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

const ACTIONS = new Set(['allow', 'log', 'warn', 'block']);
const OUTCOMES = new Set(['allowed', 'stopped', 'overridden']);
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
  if (e.kind !== 'paste') problems.push('kind');
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
  if (!ACTIONS.has(e.action as string)) problems.push('action');
  if (!OUTCOMES.has(e.outcome as string)) problems.push('outcome');
  if (!isOptionalString(e.ruleId, 64)) problems.push('ruleId');
  if (!isOptionalString(e.relatedId, 64)) problems.push('relatedId');
  if (e.policySource !== 'managed' && e.policySource !== 'default') problems.push('policySource');
  if (e.policyMode !== 'monitor' && e.policyMode !== 'enforce') problems.push('policyMode');
  if (!isOptionalString(e.policyVersion, 64)) problems.push('policyVersion');
  const known = new Set(['id', 'time', 'site', 'kind', 'size', 'findings', 'action', 'outcome', 'ruleId', 'relatedId', 'policySource', 'policyMode', 'policyVersion']);
  // Unknown fields are refused, so nothing (pasted text above all) can ride along into the log.
  for (const key of Object.keys(e)) if (!known.has(key)) problems.push(`unexpected field ${key}`);
  if (problems.length > 0) return { error: `invalid event: ${problems.join(', ')}` };
  return { event: e as unknown as UsageEvent };
}

export const CONTENT_TO_BG_LOAD_NOTICE_UI = 'content->bg:load-notice-ui';

/** Asks the background to inject the notice UI into the sending frame. */
export interface ContentToBgLoadNoticeUi {
  type: typeof CONTENT_TO_BG_LOAD_NOTICE_UI;
}

/** True when a message asks for the notice UI (it has no payload beyond its type). */
export function isLoadNoticeUi(message: unknown): message is ContentToBgLoadNoticeUi {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === CONTENT_TO_BG_LOAD_NOTICE_UI;
}
