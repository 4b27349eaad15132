/**
 * Synthetic usage logs for the log tests: fake sites, fake ids, chained with the real hash chain.
 */
import { chainRecords } from '../../../utils/log/chain';
import {
  csvExportChunks,
  exportHeader,
  jsonExportChunks,
  logExtent,
  ndjsonExportChunks,
  type ExportFormat,
  type ExportHeader,
  type ExportMeta,
} from '../../../utils/log/export-formats';
import { GENESIS_HASH, recordFromEvent, type Identity, type LogRecord, type RecordContext, type UnchainedRecord } from '../../../utils/log/record';
import { sampleEvent } from '../sample-event';

/** A fixed instant for synthetic logs: 2026-11-01T08:00:00Z. */
export const T0 = Date.UTC(2026, 10, 1, 8, 0);

/** An unchained paste record numbered `seq`, with any field overridden. */
export function pasteRecord(seq: number, overrides: Partial<UnchainedRecord> = {}, context: Partial<RecordContext> = {}): UnchainedRecord {
  const event = sampleEvent({ id: `event-${String(seq).padStart(6, '0')}`, time: T0 + seq * 60_000, site: 'chat.example-ai.test' });
  const record = recordFromEvent(event, { seq, extensionVersion: '0.2.0', identity: { mode: 'anonymous' }, ...context });
  return { ...record, ...overrides };
}

/** A chained log of `count` paste records starting at seq 1, each optionally changed by `tweak`. */
export async function chainedLog(count: number, tweak: (seq: number) => Partial<UnchainedRecord> = () => ({}), context: Partial<RecordContext> = {}): Promise<LogRecord[]> {
  const records: UnchainedRecord[] = [];
  for (let seq = 1; seq <= count; seq++) records.push(pasteRecord(seq, tweak(seq), context));
  return chainRecords(GENESIS_HASH, records);
}

/** Export metadata for a fake install. */
export function fakeMeta(installId = 'install-aaaa-0001', identity: Identity = { mode: 'anonymous' }, extra: Partial<ExportMeta> = {}): ExportMeta {
  return { installId, extensionVersion: '0.2.0', exportedAt: T0 + 30 * 86_400_000, policySource: 'managed', policyVersion: '2026-11', identity, ...extra };
}

/** The header of an export of `records`. */
export function headerFor(records: readonly LogRecord[], meta: ExportMeta = fakeMeta()): ExportHeader {
  return exportHeader(meta, logExtent(records));
}

/** Collects an async chunk stream. */
export async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

/** The text of an export of `records` in `format`. */
export async function exportText(format: ExportFormat, records: readonly LogRecord[], meta: ExportMeta = fakeMeta()): Promise<string> {
  const header = headerFor(records, meta);
  const chunks = format === 'json' ? jsonExportChunks(header, records) : format === 'ndjson' ? ndjsonExportChunks(header, records) : csvExportChunks(header, records);
  return (await collect(chunks)).join('');
}
