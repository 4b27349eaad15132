/**
 * The usage log's export formats (format version 2), as streams of string chunks of about 64 KiB, so that a
 * large log is written as it is read (into a Blob in the popup, onto stdout in the CLI), never as one string:
 * - JSON: one document, the header's fields then `records`, one record per line;
 * - NDJSON: a header line (`"recordType": "header"`), then one line per record (`"recordType": "event"`);
 * - CSV (RFC 4180): for spreadsheets; safe against formula injection; not importable.
 * docs/log-format.md describes every field.
 */
import { GENESIS_HASH, type Identity, type LogRecord } from './record';

/** The `format` of an employee's export. */
export const EXPORT_FORMAT = 'vigie-usage-log';
/** The `format` of the admins' merged output, which is not an employee's export and cannot be re-imported. */
export const MERGED_FORMAT = 'vigie-merged-log';
/** The export format version; bumped when a field changes meaning. Version 1 had no hash chain. */
export const EXPORT_FORMAT_VERSION = 2;

/** The export formats, with their file extension and media type. */
export const EXPORT_FILE_TYPES = {
  json: { extension: 'json', mediaType: 'application/json' },
  ndjson: { extension: 'ndjson', mediaType: 'application/x-ndjson' },
  csv: { extension: 'csv', mediaType: 'text/csv' },
} as const;

/** An export format's name. */
export type ExportFormat = keyof typeof EXPORT_FILE_TYPES;

/** The header of a JSON or NDJSON export: where the log comes from, and what the chain should look like. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  /** A random id (UUID) chosen once per install: the same install's exports share it, so merging counts a record once. */
  installId: string;
  extensionVersion: string;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  policySource?: string;
  policyVersion?: string;
  /** The identity in force at export time (each record carries the one in force when it was written). */
  identity: Identity;
  orgLabel?: string;
  recordCount: number;
  /** The seq of the first and last records, or null for an empty log. */
  firstSeq: number | null;
  lastSeq: number | null;
  /** The hash of the last record, or the genesis hash for an empty log. */
  chainHead: string;
}

/** What the store knows about the install at export time. */
export interface ExportMeta {
  installId: string;
  extensionVersion: string;
  /** Milliseconds since epoch. */
  exportedAt: number;
  policySource?: string;
  policyVersion?: string;
  identity: Identity;
  orgLabel?: string;
}

/** What the store knows about the log at export time (cheap to read without loading every record). */
export interface LogExtent {
  recordCount: number;
  firstSeq: number | null;
  lastSeq: number | null;
  chainHead: string;
}

/** A record together with the install it comes from, as merging several exports yields it. */
export interface SourcedRecord {
  installId: string;
  record: LogRecord;
}

/** The header line of the merged NDJSON output. */
export interface MergedHeader {
  format: typeof MERGED_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  mergedAt: string;
  recordCount: number;
  installs: { installId: string; recordCount: number }[];
}

/** Builds an export's header. Pure. */
export function exportHeader(meta: ExportMeta, extent: LogExtent): ExportHeader {
  return dropUndefined({
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    installId: meta.installId,
    extensionVersion: meta.extensionVersion,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    policySource: meta.policySource,
    policyVersion: meta.policyVersion,
    identity: meta.identity,
    orgLabel: meta.orgLabel,
    recordCount: extent.recordCount,
    firstSeq: extent.firstSeq,
    lastSeq: extent.lastSeq,
    chainHead: extent.chainHead,
  });
}

/** The extent of a log held in memory, oldest first. */
export function logExtent(records: readonly LogRecord[]): LogExtent {
  const first = records[0];
  const last = records[records.length - 1];
  return { recordCount: records.length, firstSeq: first?.seq ?? null, lastSeq: last?.seq ?? null, chainHead: last?.hash ?? GENESIS_HASH };
}

// Records are written with their fields in a readable order; the hash does not depend on it.
const RECORD_KEY_ORDER = [
  'seq', 'id', 'time', 'kind', 'site', 'siteStatus', 'siteCategory', 'size', 'findings', 'action', 'outcome', 'ruleId',
  'relatedId', 'justification', 'excerpt', 'policySource', 'policyMode', 'policyVersion', 'prune', 'visit',
  'extensionVersion', 'identity', 'orgLabel', 'prevHash', 'hash',
] as const;

const KNOWN_KEYS = new Set<string>(RECORD_KEY_ORDER);

/** A record's JSON text (one line), fields in the documented order, after the `leading` fields if any. */
export function recordJson(record: LogRecord, leading: Record<string, string> = {}): string {
  const source = record as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(leading)) ordered[key] = leading[key];
  for (const key of RECORD_KEY_ORDER) if (source[key] !== undefined) ordered[key] = source[key];
  for (const key of Object.keys(source)) if (!KNOWN_KEYS.has(key)) ordered[key] = source[key];
  return JSON.stringify(ordered);
}

/** Records, from an array, a generator or an async source such as an IndexedDB cursor. */
export type RecordSource<T> = Iterable<T> | AsyncIterable<T>;

/** The size (in characters) from which the generators hand over what they have written. */
export const CHUNK_SIZE = 64 * 1024;

/** The JSON export as chunks of about CHUNK_SIZE: the header and `"records":[`, a record per line, `]}`. */
export async function* jsonExportChunks(header: ExportHeader, records: RecordSource<LogRecord>): AsyncGenerator<string> {
  yield* batched(async function* () {
    const headerText = JSON.stringify(header);
    yield `${headerText.slice(0, -1)},"records":[\n`;
    let first = true;
    for await (const record of records) {
      yield `${first ? '' : ',\n'}${recordJson(record)}`;
      first = false;
    }
    yield `${first ? '' : '\n'}]}\n`;
  });
}

/** The NDJSON export as chunks: the header line, then one line per record (carrying the installId for SIEMs). */
export async function* ndjsonExportChunks(header: ExportHeader, records: RecordSource<LogRecord>): AsyncGenerator<string> {
  yield* batched(async function* () {
    yield `${JSON.stringify({ recordType: 'header', ...header })}\n`;
    for await (const record of records) yield `${recordJson(record, { recordType: 'event', installId: header.installId })}\n`;
  });
}

/** The admins' merged NDJSON: a merged-log header line, then one line per record with its installId. */
export async function* mergedNdjsonChunks(header: MergedHeader, rows: RecordSource<SourcedRecord>): AsyncGenerator<string> {
  yield* batched(async function* () {
    yield `${JSON.stringify({ recordType: 'header', ...header })}\n`;
    for await (const row of rows) yield `${recordJson(row.record, { recordType: 'event', installId: row.installId })}\n`;
  });
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'installId', 'seq', 'id', 'time', 'kind', 'site', 'siteStatus', 'siteCategory', 'size', 'findings', 'action', 'outcome',
  'ruleId', 'relatedId', 'justification', 'excerpt', 'policySource', 'policyMode', 'policyVersion', 'extensionVersion',
  'identityMode', 'identity', 'orgLabel', 'pruneReason', 'pruneRemovedCount', 'pruneThroughSeq', 'pruneContinuesFrom',
  'visitDay', 'visits', 'activeSeconds', 'firstSeen', 'lastSeen', 'prevHash', 'hash',
] as const;

/** The CSV export of one install's log, as chunks. */
export function csvExportChunks(header: ExportHeader, records: RecordSource<LogRecord>): AsyncGenerator<string> {
  return csvChunks(withInstall(header.installId, records));
}

/** CSV (RFC 4180: every field quoted, CRLF line ends, a header row) of sourced records, as chunks. */
export async function* csvChunks(rows: RecordSource<SourcedRecord>): AsyncGenerator<string> {
  yield* batched(async function* () {
    yield csvLine(CSV_COLUMNS);
    for await (const row of rows) yield csvLine(csvRow(row));
  });
}

/** A record's CSV cells, in CSV_COLUMNS order (before quoting). */
export function csvRow({ installId, record: r }: SourcedRecord): string[] {
  const identity = r.identity.mode === 'pseudonymous' ? r.identity.id : r.identity.mode === 'email' ? r.identity.email : '';
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
    installId,
    seq: r.seq,
    id: r.id,
    time: new Date(r.time).toISOString(),
    kind: r.kind,
    site: r.site,
    siteStatus: r.siteStatus,
    siteCategory: r.siteCategory,
    size: r.size,
    findings: r.findings?.map((f) => `${f.type}:${f.count}`).join(';'),
    action: r.action,
    outcome: r.outcome,
    ruleId: r.ruleId,
    relatedId: r.relatedId,
    justification: r.justification,
    excerpt: r.excerpt,
    policySource: r.policySource,
    policyMode: r.policyMode,
    policyVersion: r.policyVersion,
    extensionVersion: r.extensionVersion,
    identityMode: r.identity.mode,
    identity,
    orgLabel: r.orgLabel,
    pruneReason: r.prune?.reason,
    pruneRemovedCount: r.prune?.removedCount,
    pruneThroughSeq: r.prune?.throughSeq,
    pruneContinuesFrom: r.prune?.continuesFrom,
    visitDay: r.visit?.day,
    visits: r.visit?.visits,
    activeSeconds: r.visit?.activeSeconds,
    firstSeen: r.visit && new Date(r.visit.firstSeen).toISOString(),
    lastSeen: r.visit && new Date(r.visit.lastSeen).toISOString(),
    prevHash: r.prevHash,
    hash: r.hash,
  };
  return CSV_COLUMNS.map((column) => (cells[column] === undefined ? '' : String(cells[column])));
}

/**
 * One CSV cell, quoted. A cell that a spreadsheet would read as a formula (starting with =, +, -, @, or a tab
 * or carriage return that some spreadsheets skip) gets a leading single quote, as OWASP recommends.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A file name for an export made at `time`, e.g. vigie-log-2026-11-22T10-04-05Z.ndjson. */
export function exportFileName(time: number, format: ExportFormat): string {
  const stamp = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return `vigie-log-${stamp}.${EXPORT_FILE_TYPES[format].extension}`;
}

// Joins small pieces into chunks of about CHUNK_SIZE: a Blob or a stream handles a few large parts better
// than 100,000 tiny ones, and no chunk grows much beyond CHUNK_SIZE plus one record.
async function* batched(pieces: () => AsyncGenerator<string>): AsyncGenerator<string> {
  let buffer: string[] = [];
  let size = 0;
  for await (const piece of pieces()) {
    buffer.push(piece);
    size += piece.length;
    if (size >= CHUNK_SIZE) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (size > 0) yield buffer.join('');
}

async function* withInstall(installId: string, records: RecordSource<LogRecord>): AsyncGenerator<SourcedRecord> {
  for await (const record of records) yield { installId, record };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
