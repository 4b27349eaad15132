/**
 * Checks of an imported export's header and records, field by field. Anything not described in
 * docs/log-format.md is refused, so nothing (pasted text above all) can ride along in a record.
 */
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportHeader } from './export-formats';
import type { LogRecord } from './record';

const ID = /^[A-Za-z0-9-]{8,64}$/;
const HASH = /^[0-9a-f]{64}$/;
const TOKEN = /^[a-z][a-z0-9_-]{0,31}$/;
const HOSTNAME = /^[a-z0-9.-]{1,253}$/;
const TYPE_ID = /^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$/;
const VERSION = /^[0-9A-Za-z.+_-]{1,32}$/;

type Check = (value: unknown) => boolean;

const isString = (max: number, pattern?: RegExp): Check => (v) => typeof v === 'string' && v.length > 0 && v.length <= max && (pattern === undefined || pattern.test(v));
const isInteger = (min: number): Check => (v) => typeof v === 'number' && Number.isInteger(v) && v >= min;
const isTime: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isHash = isString(64, HASH);
const isToken = isString(32, TOKEN);

const isFindings: Check = (v) =>
  Array.isArray(v) &&
  v.length <= 100 &&
  v.every((f: unknown) => isPlainObject(f) && hasOnlyKeys(f, ['type', 'count']) && isString(128, TYPE_ID)(f.type) && isInteger(1)(f.count));

const isIdentity: Check = (v) => {
  if (!isPlainObject(v)) return false;
  if (v.mode === 'anonymous') return hasOnlyKeys(v, ['mode']);
  if (v.mode === 'pseudonymous') return hasOnlyKeys(v, ['mode', 'id']) && isString(128)(v.id);
  if (v.mode === 'email') return hasOnlyKeys(v, ['mode', 'email']) && isString(254, /^[^\s@]+@[^\s@]+$/)(v.email);
  return false;
};

const isPrune: Check = (v) =>
  isPlainObject(v) &&
  hasOnlyKeys(v, ['reason', 'removedCount', 'throughSeq', 'continuesFrom']) &&
  (v.reason === 'retention' || v.reason === 'quota') &&
  isInteger(1)(v.removedCount) &&
  isInteger(1)(v.throughSeq) &&
  isHash(v.continuesFrom);

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const isVisit: Check = (v) =>
  isPlainObject(v) &&
  hasOnlyKeys(v, ['day', 'visits', 'activeSeconds', 'firstSeen', 'lastSeen']) &&
  isString(10, DAY)(v.day) &&
  isInteger(0)(v.visits) &&
  isInteger(0)(v.activeSeconds) &&
  isTime(v.firstSeen) &&
  isTime(v.lastSeen) &&
  (v.firstSeen as number) <= (v.lastSeen as number);

// Each field of a record, what it must be, and what it means when it is wrong.
const RECORD_FIELDS: Record<keyof LogRecord, [Check, string]> = {
  seq: [isInteger(1), 'an integer from 1'],
  id: [isString(64, ID), 'an id of 8 to 64 letters, digits or dashes'],
  time: [isTime, 'a time in milliseconds since 1970'],
  kind: [isToken, 'a lower-case word such as paste, visit or prune'],
  site: [isString(253, HOSTNAME), 'a lower-case host name'],
  siteStatus: [isToken, 'a lower-case word such as sanctioned, tolerated or blocked'],
  siteCategory: [isToken, 'a lower-case word such as chat or code-assistant'],
  size: [isInteger(0), 'a non-negative integer'],
  findings: [isFindings, 'a list of at most 100 {type, count} objects with known-shaped types and positive counts'],
  action: [isToken, 'a lower-case word such as warn or block'],
  outcome: [isToken, 'a lower-case word such as allowed, stopped or overridden'],
  ruleId: [isString(64), 'a string of at most 64 characters'],
  relatedId: [isString(64), 'a string of at most 64 characters'],
  justification: [isString(2000), 'a string of at most 2000 characters'],
  excerpt: [isString(2000), 'a string of at most 2000 characters'],
  policySource: [isToken, 'a lower-case word such as managed or default'],
  policyMode: [isToken, 'monitor or enforce'],
  policyVersion: [isString(64), 'a string of at most 64 characters'],
  prune: [isPrune, 'a {reason, removedCount, throughSeq, continuesFrom} object'],
  visit: [isVisit, 'a {day, visits, activeSeconds, firstSeen, lastSeen} object with a YYYY-MM-DD day, non-negative integer counts and firstSeen <= lastSeen'],
  extensionVersion: [isString(32, VERSION), 'a version such as 0.2.0'],
  identity: [isIdentity, 'an identity: {mode: anonymous}, {mode: pseudonymous, id} or {mode: email, email}'],
  orgLabel: [isString(128), 'a string of at most 128 characters'],
  prevHash: [isHash, '64 lower-case hexadecimal digits'],
  hash: [isHash, '64 lower-case hexadecimal digits'],
};

const ALWAYS_REQUIRED: (keyof LogRecord)[] = ['seq', 'id', 'time', 'kind', 'extensionVersion', 'identity', 'prevHash', 'hash'];
const REQUIRED_BY_KIND: Record<string, (keyof LogRecord)[]> = {
  paste: ['site', 'size', 'findings', 'action', 'outcome', 'policySource', 'policyMode'],
  visit: ['site', 'visit'],
  prune: ['prune'],
};

/** Checks one record of an export; the error lists every field that is wrong. */
export function checkRecord(value: unknown): { record: LogRecord } | { error: string } {
  if (!isPlainObject(value)) return { error: 'a record must be a JSON object' };
  const problems: string[] = [];
  const kind = typeof value.kind === 'string' ? value.kind : '';
  for (const field of [...ALWAYS_REQUIRED, ...(REQUIRED_BY_KIND[kind] ?? [])]) {
    if (value[field] === undefined) problems.push(`missing field "${field}"`);
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const spec = RECORD_FIELDS[field as keyof LogRecord] as [Check, string] | undefined;
    if (spec === undefined) problems.push(`unexpected field "${field}"`);
    else if (fieldValue !== undefined && !spec[0](fieldValue)) problems.push(`field "${field}" must be ${spec[1]}`);
  }
  if (problems.length > 0) return { error: problems.join('; ') };
  return { record: value as unknown as LogRecord };
}

const HEADER_FIELDS: Record<keyof ExportHeader, [Check, string]> = {
  format: [(v) => v === EXPORT_FORMAT, `"${EXPORT_FORMAT}"`],
  formatVersion: [(v) => v === EXPORT_FORMAT_VERSION, String(EXPORT_FORMAT_VERSION)],
  installId: [isString(64, ID), 'an id of 8 to 64 letters, digits or dashes'],
  extensionVersion: [isString(32, VERSION), 'a version such as 0.2.0'],
  exportedAt: [(v) => typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v)), 'an ISO 8601 time'],
  policySource: [isToken, 'a lower-case word such as managed or default'],
  policyVersion: [isString(64), 'a string of at most 64 characters'],
  identity: [isIdentity, 'an identity: {mode: anonymous}, {mode: pseudonymous, id} or {mode: email, email}'],
  orgLabel: [isString(128), 'a string of at most 128 characters'],
  recordCount: [isInteger(0), 'a non-negative integer'],
  firstSeq: [(v) => v === null || isInteger(1)(v), 'an integer from 1, or null'],
  lastSeq: [(v) => v === null || isInteger(1)(v), 'an integer from 1, or null'],
  chainHead: [isHash, '64 lower-case hexadecimal digits'],
};

const HEADER_REQUIRED: (keyof ExportHeader)[] = ['installId', 'extensionVersion', 'exportedAt', 'identity', 'recordCount', 'firstSeq', 'lastSeq', 'chainHead'];

/**
 * Checks an export's header; `extraKeys` are keys the container may add (`records` in JSON, `recordType`
 * in NDJSON). The format and its version are checked first, with their own messages.
 */
export function checkHeader(value: unknown, extraKeys: readonly string[]): { header: ExportHeader } | { error: string } {
  if (!isPlainObject(value)) return { error: 'the header must be a JSON object' };
  if (value.format === 'vigie-merged-log') return { error: 'this is a merged report made by "vigie report merge", not an employee\'s export; load the original exports instead' };
  if (value.format !== EXPORT_FORMAT) return { error: `not a Vigie usage log export (format is ${JSON.stringify(value.format) ?? 'missing'}, expected "${EXPORT_FORMAT}")` };
  if (value.formatVersion === 1) return { error: 'format version 1 (Vigie 0.1) has no install id or hash chain and cannot be verified; export the log again with a newer Vigie' };
  if (value.formatVersion !== EXPORT_FORMAT_VERSION) return { error: `unknown format version ${JSON.stringify(value.formatVersion) ?? '(missing)'}; this report reads version ${EXPORT_FORMAT_VERSION}` };
  const problems: string[] = [];
  for (const field of HEADER_REQUIRED) if (value[field] === undefined) problems.push(`missing header field "${field}"`);
  for (const [field, fieldValue] of Object.entries(value)) {
    if (extraKeys.includes(field)) continue;
    const spec = HEADER_FIELDS[field as keyof ExportHeader] as [Check, string] | undefined;
    if (spec === undefined) problems.push(`unexpected header field "${field}"`);
    else if (fieldValue !== undefined && !spec[0](fieldValue)) problems.push(`header field "${field}" must be ${spec[1]}`);
  }
  if (problems.length > 0) return { error: problems.join('; ') };
  const header = Object.fromEntries(Object.entries(value).filter(([key]) => !extraKeys.includes(key)));
  return { header: header as unknown as ExportHeader };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}
