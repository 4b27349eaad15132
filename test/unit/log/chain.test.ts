import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainRecords, hashRecord, verifyChain } from '../../../utils/log/chain';
import { GENESIS_HASH, pruneRecord, type LogRecord } from '../../../utils/log/record';
import { chainedLog, pasteRecord, T0 } from './log-fixtures';

const context = { extensionVersion: '0.2.0', identity: { mode: 'anonymous' } as const };

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: [3, { d: 1, c: 'x' }] }, a: null }, '{"a":null,"z":{"y":[3,{"c":"x","d":1}]}}'],
    [{ a: undefined, b: 'é"\n' }, '{"b":"é\\"\\n"}'],
    [{ B: 1, a: 1, _: 1, '10': 1, '9': 1 }, '{"10":1,"9":1,"B":1,"_":1,"a":1}'],
    [[1.5, -0, 1e21, true], '[1.5,0,1e+21,true]'],
  ])('%j -> %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ a: Infinity })).toThrow();
  });

  it('hashes the canonical JSON of the record without its hash, as SHA-256 hex', async () => {
    const [record] = await chainRecords(GENESIS_HASH, [pasteRecord(1)]);
    const { hash, ...rest } = record;
    expect(hash).toBe(createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex'));
    expect(await hashRecord({ ...record, hash: 'ignored' })).toBe(hash);
    // Key order in the object does not change the hash.
    const reversed = Object.fromEntries(Object.entries(rest).reverse()) as Omit<LogRecord, 'hash'>;
    expect(await hashRecord(reversed)).toBe(hash);
  });
});

describe('chainRecords and verifyChain', () => {
  it('links each record to the previous one from the genesis hash', async () => {
    const log = await chainedLog(5);
    expect(log[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < log.length; i++) expect(log[i].prevHash).toBe(log[i - 1].hash);
    expect(await verifyChain(log)).toEqual({ ok: true, head: log[4].hash });
  });

  it('accepts an empty log, whose head is the genesis hash', async () => {
    expect(await verifyChain([])).toEqual({ ok: true, head: GENESIS_HASH });
  });

  it('continues a chain from a previous head', async () => {
    const log = await chainedLog(3);
    const more = await chainRecords(log[2].hash, [pasteRecord(4), pasteRecord(5)]);
    expect(await verifyChain([...log, ...more])).toMatchObject({ ok: true, head: more[1].hash });
  });

  type Tamper = (log: LogRecord[]) => LogRecord[];
  it.each<[string, Tamper, { index: number; seq: number; problem: string; reason: RegExp }]>([
    ['an edited record (action changed)', (l) => l.map((r) => (r.seq === 3 ? { ...r, action: 'allow' } : r)), { index: 2, seq: 3, problem: 'hash', reason: /seq 3 was edited/ }],
    ['an edited record (findings count)', (l) => l.map((r) => (r.seq === 5 ? { ...r, findings: [{ type: 'pii.credit_card', count: 9 }] } : r)), { index: 4, seq: 5, problem: 'hash', reason: /edited/ }],
    ['a removed record', (l) => l.filter((r) => r.seq !== 4), { index: 3, seq: 5, problem: 'seq', reason: /record seq 4 is missing \(removed\)/ }],
    ['two removed records', (l) => l.filter((r) => r.seq !== 4 && r.seq !== 5), { index: 3, seq: 6, problem: 'seq', reason: /seq 4 to 5 are missing/ }],
    ['a removed first record', (l) => l.slice(1), { index: 0, seq: 2, problem: 'start', reason: /starts at seq 2, but no prune record/ }],
    ['two swapped records', (l) => [l[0], l[2], l[1], ...l.slice(3)], { index: 1, seq: 3, problem: 'seq', reason: /out of order.*reordered/ }],
    ['a record moved to the end', (l) => [...l.slice(0, 2), ...l.slice(3), l[2]], { index: 2, seq: 4, problem: 'seq', reason: /reordered/ }],
  ])('catches %s', async (_name, tamper, expected) => {
    const verdict = await verifyChain(tamper(await chainedLog(6)));
    expect(verdict).toMatchObject({ ok: false, index: expected.index, seq: expected.seq, problem: expected.problem });
    expect(verdict.ok === false && verdict.reason).toMatch(expected.reason);
  });

  it('catches a record removed and the following ones renumbered and re-hashed without relinking', async () => {
    const log = await chainedLog(5);
    // Someone drops seq 3 and renumbers 4 and 5, recomputing their hashes but not the link to seq 2.
    const renumbered = await Promise.all(
      log.slice(3).map(async (r) => {
        const changed = { ...r, seq: r.seq - 1 };
        return { ...changed, hash: await hashRecord(changed) };
      }),
    );
    const verdict = await verifyChain([log[0], log[1], ...renumbered]);
    expect(verdict).toMatchObject({ ok: false, seq: 3, problem: 'prevHash' });
    expect(verdict.ok === false && verdict.reason).toMatch(/does not follow seq 2/);
  });

  it('catches a first record that does not start from the genesis hash', async () => {
    const [record] = await chainRecords('f'.repeat(64), [pasteRecord(1)]);
    expect(await verifyChain([record])).toMatchObject({ ok: false, problem: 'start', reason: expect.stringMatching(/genesis/) });
  });
});

describe('pruning', () => {
  // Prunes the oldest `count` records of a log the way the store will: remove, then append a prune record.
  async function prune(log: LogRecord[], count: number, reason: 'retention' | 'quota'): Promise<LogRecord[]> {
    const removed = log.slice(0, count);
    const kept = log.slice(count);
    const last = log[log.length - 1];
    const record = pruneRecord(removed[removed.length - 1], removed.length, reason, { ...context, seq: last.seq + 1, id: `prune-${String(last.seq + 1).padStart(4, '0')}`, time: T0 + 86_400_000 });
    return [...kept, ...(await chainRecords(last.hash, [record]))];
  }

  it('keeps a pruned log valid: the prune record states what was removed and the hash it continues from', async () => {
    const pruned = await prune(await chainedLog(10), 4, 'retention');
    expect(pruned.map((r) => r.seq)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(pruned[6]).toMatchObject({ kind: 'prune', prune: { reason: 'retention', removedCount: 4, throughSeq: 4, continuesFrom: pruned[0].prevHash } });
    expect(await verifyChain(pruned)).toEqual({ ok: true, head: pruned[6].hash });
  });

  it('stays valid across several prunings, including one that removes an older prune record', async () => {
    let log = await chainedLog(10);
    log = await prune(log, 4, 'retention');
    log = [...log, ...(await chainRecords(log[log.length - 1].hash, [pasteRecord(12), pasteRecord(13)]))];
    log = await prune(log, 7, 'quota');
    expect(log[0].seq).toBe(12);
    expect(await verifyChain(log)).toMatchObject({ ok: true });
  });

  it('stays valid when everything but the prune record was removed', async () => {
    const log = await prune(await chainedLog(3), 3, 'quota');
    expect(log).toHaveLength(1);
    expect(await verifyChain(log)).toMatchObject({ ok: true });
  });

  it('still catches records removed at the start beyond what the prune record states', async () => {
    const pruned = await prune(await chainedLog(10), 4, 'retention');
    const verdict = await verifyChain(pruned.slice(2));
    expect(verdict).toMatchObject({ ok: false, index: 0, seq: 7, problem: 'start' });
    expect(verdict.ok === false && verdict.reason).toMatch(/should start at seq 5/);
  });

  it('catches a prune record whose stated hash is not where the log continues from', async () => {
    const log = await chainedLog(6);
    const lying = pruneRecord({ seq: 2, hash: 'a'.repeat(64) }, 2, 'retention', { ...context, seq: 7, id: 'prune-0007', time: T0 });
    const verdict = await verifyChain([...log.slice(2), ...(await chainRecords(log[5].hash, [lying]))]);
    expect(verdict).toMatchObject({ ok: false, problem: 'start', reason: expect.stringMatching(/does not continue from the hash/) });
  });
});
