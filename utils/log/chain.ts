/**
 * The usage log's hash chain. Each record's `hash` is SHA-256 of the canonical JSON of the record without
 * `hash` (so it covers `prevHash`), and each `prevHash` is the previous record's `hash`: editing, removing or
 * reordering a record breaks the chain at that record. Pruning the oldest records is stated by a `prune`
 * record (see record.ts), so a pruned log still verifies. Uses crypto.subtle, present in Node 20, extension
 * pages and service workers.
 */
import { GENESIS_HASH, type LogRecord, type UnchainedRecord } from './record';

/** The outcome of verifyChain(): the hash of the last record, or where and how the chain is broken. */
export type ChainVerdict =
  | { ok: true; head: string }
  | { ok: false; index: number; seq: number; problem: 'hash' | 'prevHash' | 'seq' | 'start'; reason: string };

/**
 * The canonical JSON of a value: object keys sorted by UTF-16 code unit (JavaScript's default sort), no
 * whitespace, undefined members left out, strings and numbers written as JSON.stringify writes them. For the
 * values a record can hold this is the same text as RFC 8785 (JCS). Throws on non-finite numbers.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`canonicalJson: ${value} cannot be written as JSON`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i > 0 ? ',' : ''}${value[i] === undefined ? 'null' : canonicalJson(value[i])}`;
    return `${out}]`;
  }
  if (typeof value === 'object') {
    // The default sort compares strings by UTF-16 code units, which is what JCS asks for.
    const object = value as Record<string, unknown>;
    let out = '{';
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined) continue;
      out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(object[key])}`;
    }
    return `${out}}`;
  }
  throw new Error(`canonicalJson: a ${typeof value} cannot be written as JSON`);
}

const encoder = new TextEncoder();
const HASH_BATCH = 256;

/** SHA-256, lowercase hex, of the canonical JSON (UTF-8) of the record without its `hash` field. */
export async function hashRecord(record: Omit<LogRecord, 'hash'> & { hash?: string }): Promise<string> {
  const { hash: _ignored, ...rest } = record;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(canonicalJson(rest)));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Chains records after `previousHash` (the log's current head, or GENESIS_HASH): sets prevHash and hash. */
export async function chainRecords(previousHash: string, records: readonly UnchainedRecord[]): Promise<LogRecord[]> {
  const out: LogRecord[] = [];
  let prevHash = previousHash;
  for (const record of records) {
    const linked = { ...record, prevHash };
    const hash = await hashRecord(linked);
    out.push({ ...linked, hash });
    prevHash = hash;
  }
  return out;
}

/**
 * Checks a log, oldest first: each record's hash matches its content, seqs follow each other with no gap,
 * each prevHash is the previous record's hash, and the first record is either seq 1 after GENESIS_HASH or
 * the record right after what the newest `prune` record says was removed. An empty log is valid.
 */
export async function verifyChain(records: readonly LogRecord[]): Promise<ChainVerdict> {
  if (records.length === 0) return { ok: true, head: GENESIS_HASH };
  const seqs = new Set(records.map((r) => r.seq));
  // Hashes do not depend on each other here, so they are computed a batch at a time, concurrently.
  let hashes: string[] = [];
  for (let index = 0; index < records.length; index++) {
    if (index % HASH_BATCH === 0) hashes = await Promise.all(records.slice(index, index + HASH_BATCH).map((r) => hashRecord(r)));
    const record = records[index];
    const broken = (problem: 'hash' | 'prevHash' | 'seq' | 'start', reason: string): ChainVerdict => ({ ok: false, index, seq: record.seq, problem, reason });
    if (hashes[index % HASH_BATCH] !== record.hash) {
      return broken('hash', `record seq ${record.seq} was edited: its hash does not match its content`);
    }
    if (index === 0) {
      const start = checkStart(records);
      if (start !== undefined) return broken('start', start);
      continue;
    }
    const previous = records[index - 1];
    if (record.seq !== previous.seq + 1) {
      const expected = previous.seq + 1;
      if (record.seq <= previous.seq || seqs.has(expected)) {
        return broken('seq', `records are out of order: seq ${record.seq} comes after seq ${previous.seq} (reordered)`);
      }
      const missing = record.seq - expected === 1 ? `record seq ${expected} is missing` : `records seq ${expected} to ${record.seq - 1} are missing`;
      return broken('seq', `seq jumps from ${previous.seq} to ${record.seq}: ${missing} (removed)`);
    }
    if (record.prevHash !== previous.hash) {
      return broken('prevHash', `record seq ${record.seq} does not follow seq ${previous.seq}: its prevHash is not seq ${previous.seq}'s hash (a record was removed, replaced or reordered)`);
    }
  }
  return { ok: true, head: records[records.length - 1].hash };
}

// The first record must be the start of the log, or the first record kept after the newest pruning.
function checkStart(records: readonly LogRecord[]): string | undefined {
  const first = records[0];
  let newestPrune: LogRecord | undefined;
  for (const record of records) {
    if (record.kind === 'prune' && record.prune && (newestPrune?.prune === undefined || record.prune.throughSeq >= newestPrune.prune.throughSeq)) newestPrune = record;
  }
  const prune = newestPrune?.prune;
  if (newestPrune === undefined || prune === undefined) {
    if (first.seq !== 1) return `the log starts at seq ${first.seq}, but no prune record accounts for the records before it (records removed at the start)`;
    if (first.prevHash !== GENESIS_HASH) return 'record seq 1 does not start the chain: its prevHash is not the genesis hash';
    return undefined;
  }
  if (prune.throughSeq >= newestPrune.seq) {
    return `prune record seq ${newestPrune.seq} claims to have removed records up to seq ${prune.throughSeq}, which is not before it`;
  }
  if (first.seq !== prune.throughSeq + 1) {
    return `the log starts at seq ${first.seq}, but prune record seq ${newestPrune.seq} says records up to seq ${prune.throughSeq} were removed, so it should start at seq ${prune.throughSeq + 1}`;
  }
  if (first.prevHash !== prune.continuesFrom) {
    return `record seq ${first.seq} does not continue from the hash that prune record seq ${newestPrune.seq} states`;
  }
  return undefined;
}
