import { describe, expect, it } from 'vitest';
import { chainRecords } from '../../../utils/log/chain';
import { exportHeader, logExtent, type SourcedRecord } from '../../../utils/log/export-formats';
import { parseExport, type ParsedExport } from '../../../utils/log/import-export';
import { mergedHeader, mergeExports } from '../../../utils/log/merge-exports';
import { GENESIS_HASH, pruneRecord, type Identity, type LogRecord, type UnchainedRecord } from '../../../utils/log/record';
import { filterRecords, riskScore, summarize } from '../../../utils/log/report-summary';
import { chainedLog, exportText, fakeMeta, pasteRecord, T0 } from './log-fixtures';

const DAY = 86_400_000;

async function loaded(fileName: string, records: LogRecord[], installId: string, identity: Identity = { mode: 'anonymous' }, orgLabel?: string): Promise<ParsedExport> {
  const result = await parseExport(fileName, await exportText('json', records, fakeMeta(installId, identity, orgLabel === undefined ? {} : { orgLabel })));
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('mergeExports', () => {
  it('counts each record once when the same export is loaded twice', async () => {
    const log = await chainedLog(4);
    const a = await loaded('alice.json', log, 'install-alice-01');
    const merged = mergeExports([a, { ...a, fileName: 'alice-copy.json' }]);
    expect(merged.records).toHaveLength(4);
    expect(merged.duplicates).toBe(4);
    expect(merged.installs).toEqual([expect.objectContaining({ installId: 'install-alice-01', recordCount: 4, files: ['alice.json', 'alice-copy.json'] })]);
  });

  it('merges an install\'s older and newer exports into one log', async () => {
    const log = await chainedLog(6);
    const merged = mergeExports([await loaded('week1.json', log.slice(0, 4), 'install-alice-01'), await loaded('week2.json', log, 'install-alice-01')]);
    expect(merged.records.map((r) => r.record.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(merged.duplicates).toBe(4);
  });

  it('keeps records of different installs apart even with the same event id, sorted by time', async () => {
    const a = await chainedLog(3);
    const b = await chainedLog(3, (seq) => ({ time: T0 + seq * 60_000 + 30_000 }));
    const merged = mergeExports([await loaded('a.json', a, 'install-alice-01'), await loaded('b.json', b, 'install-bob-0002')]);
    expect(merged.records.map((r) => `${r.installId.slice(8, 11)}${r.record.seq}`)).toEqual(['ali1', 'bob1', 'ali2', 'bob2', 'ali3', 'bob3']);
    expect(merged.duplicates).toBe(0);
  });

  it('reports a record that differs between two exports of the same install, and keeps the first', async () => {
    const original = await chainedLog(2);
    const rewritten = await chainedLog(2, (seq) => (seq === 2 ? { action: 'allow' } : {}));
    const merged = mergeExports([await loaded('a.json', original, 'install-alice-01'), await loaded('forged.json', rewritten, 'install-alice-01')]);
    expect(merged.conflicts).toEqual([{ installId: 'install-alice-01', id: 'event-000002', files: ['a.json', 'forged.json'] }]);
    expect(merged.records.find((r) => r.record.seq === 2)?.record.action).toBe('warn');
  });

  it('describes the merged output in a header', async () => {
    const merged = mergeExports([await loaded('a.json', await chainedLog(2), 'install-alice-01')]);
    expect(mergedHeader(merged.records, T0)).toEqual({ format: 'vigie-merged-log', formatVersion: 2, mergedAt: '2026-11-01T08:00:00.000Z', recordCount: 2, installs: [{ installId: 'install-alice-01', recordCount: 2 }] });
  });
});

// A small organization: Alice (pseudonymous, Finance) on two sites, Bob (anonymous, Sales) and Chloé
// (e-mail, Finance) on one; a site status on Alice's records; an override and a few risky events.
async function organization(): Promise<SourcedRecord[]> {
  const at = (day: number, minute: number) => T0 + day * DAY + minute * 60_000;
  const log = async (make: ((seq: number) => UnchainedRecord)[]) => chainRecords(GENESIS_HASH, make.map((f, i) => f(i + 1)));
  const alice = { identity: { mode: 'pseudonymous', id: 'u-alice' } as Identity, orgLabel: 'Finance' };
  const bob = { identity: { mode: 'anonymous' } as Identity, orgLabel: 'Sales' };
  const chloe = { identity: { mode: 'email', email: 'chloe@corp.example' } as Identity, orgLabel: 'Finance' };
  const aliceLog = await log([
    (seq) => pasteRecord(seq, { time: at(0, 1), site: 'chat.example-ai.test', siteStatus: 'sanctioned', action: 'log', outcome: 'allowed', findings: [{ type: 'pii.email', count: 2 }] }, alice),
    (seq) => pasteRecord(seq, { time: at(0, 2), site: 'chat.example-ai.test', siteStatus: 'sanctioned', action: 'warn', outcome: 'overridden', justification: 'test data, not real', findings: [{ type: 'secret.github_token', count: 1 }] }, alice),
    (seq) => pasteRecord(seq, { time: at(1, 0), site: 'shadow-llm.test', siteStatus: 'unsanctioned', action: 'block', outcome: 'stopped', findings: [{ type: 'pii.iban', count: 12 }] }, alice),
    (seq) => visit(seq, at(1, 5), at(1, 30), 3, 600, alice),
  ]);
  const bobLog = await log([
    (seq) => pasteRecord(seq, { time: at(0, 3), site: 'chat.example-ai.test', action: 'warn', outcome: 'stopped', findings: [{ type: 'pii.credit_card', count: 1 }] }, bob),
    // One day's visits in two records (an export in the middle of the day wrote the first part): they add up.
    (seq) => visit(seq, at(1, 10), at(1, 12), 1, 60, bob),
    (seq) => visit(seq, at(1, 15), at(1, 20), 2, 120, bob),
    (seq) => pasteRecord(seq, { time: at(2, 0), site: 'chat.example-ai.test', action: 'block', outcome: 'stopped', findings: [{ type: 'secret.aws_access_key_id', count: 1 }, { type: 'pii.email', count: 1 }] }, bob),
  ]);
  const chloeLog = await log([
    (seq) => pasteRecord(seq, { time: at(2, 10), site: 'eu.chat.example-ai.test', action: 'log', outcome: 'allowed', findings: [{ type: 'pii.email', count: 1 }] }, chloe),
  ]);
  const prune = pruneRecord({ seq: 0, hash: GENESIS_HASH }, 3, 'retention', { seq: 2, id: 'prune-0002', time: at(3, 0), extensionVersion: '0.2.0', ...chloe });
  const chloeWithPrune = [...chloeLog, ...(await chainRecords(chloeLog[0].hash, [prune]))];
  return mergeExports([
    unverified('alice.json', 'install-alice-01', aliceLog),
    unverified('bob.json', 'install-bob-0002', bobLog),
    unverified('chloe.json', 'install-chloe-03', chloeWithPrune),
  ]).records;
}

// A day's visits of shadow-llm.test, as the store writes them into the chain.
function visit(seq: number, firstSeen: number, lastSeen: number, visits: number, activeSeconds: number, who: { identity: Identity; orgLabel: string }): UnchainedRecord {
  return {
    seq,
    id: `visit-${seq}-${firstSeen}`,
    time: lastSeen,
    kind: 'visit',
    site: 'shadow-llm.test',
    siteStatus: 'unsanctioned',
    siteCategory: 'chat',
    visit: { day: new Date(firstSeen).toISOString().slice(0, 10), visits, activeSeconds, firstSeen, lastSeen },
    extensionVersion: '0.2.0',
    ...who,
  };
}

// An export as parseExport returns it, built directly: the summary tests do not need the file round trip.
function unverified(fileName: string, installId: string, records: LogRecord[]): ParsedExport {
  return { fileName, header: exportHeader(fakeMeta(installId, records[0].identity), logExtent(records)), records };
}

describe('summarize', () => {
  it('ranks AI sites by distinct people and by events', async () => {
    const s = summarize(await organization());
    expect(s).toMatchObject({ events: 6, visits: 6, activeSeconds: 780, users: 3, installs: 3, pruned: 3, period: { from: '2026-11-01', to: '2026-11-03' } });
    expect(s.sitesByUsers.map((x) => [x.site, x.users, x.events, x.pastes, x.visits, x.activeSeconds, x.visitDays])).toEqual([
      ['chat.example-ai.test', 2, 4, 4, 0, 0, 0],
      // Bob never pasted there: his visits alone make him one of its users (shadow AI discovery).
      ['shadow-llm.test', 2, 1, 1, 6, 780, 2],
      ['eu.chat.example-ai.test', 1, 1, 1, 0, 0, 0],
    ]);
    expect(s.sitesByUsers[1].siteCategory).toBe('chat');
    expect(s.sitesByEvents[0].site).toBe('chat.example-ai.test');
  });

  it('splits sanctioned and unsanctioned sites when records carry a status', async () => {
    const s = summarize(await organization());
    expect(s.siteStatuses).toEqual([
      { status: 'sanctioned', sites: 1, users: 1, events: 2, visits: 0 },
      { status: 'unsanctioned', sites: 1, users: 2, events: 1, visits: 6 },
    ]);
    expect(s.sitesByUsers.find((x) => x.site === 'shadow-llm.test')?.siteStatus).toBe('unsanctioned');
  });

  it('counts events by finding type, action, outcome and day', async () => {
    const s = summarize(await organization());
    expect(s.findingTypes).toEqual([
      { type: 'pii.email', events: 3, findings: 4 },
      { type: 'pii.credit_card', events: 1, findings: 1 },
      { type: 'pii.iban', events: 1, findings: 12 },
      { type: 'secret.aws_access_key_id', events: 1, findings: 1 },
      { type: 'secret.github_token', events: 1, findings: 1 },
    ]);
    expect(s.actions).toEqual([{ action: 'block', events: 2 }, { action: 'log', events: 2 }, { action: 'warn', events: 2 }]);
    expect(s.outcomes).toEqual([{ outcome: 'stopped', events: 3 }, { outcome: 'allowed', events: 2 }, { outcome: 'overridden', events: 1 }]);
    expect(s.perDay).toEqual([
      { day: '2026-11-01', events: 3, visits: 0 },
      { day: '2026-11-02', events: 1, visits: 6 },
      { day: '2026-11-03', events: 2, visits: 0 },
    ]);
  });

  it('lists overrides with their justification, and the riskiest events first', async () => {
    const s = summarize(await organization());
    expect(s.overrides).toEqual([expect.objectContaining({ site: 'chat.example-ai.test', user: 'u-alice', justification: 'test data, not real', findings: [{ type: 'secret.github_token', count: 1 }] })]);
    expect(s.riskiest.map((r) => [r.user, r.action, r.outcome])).toEqual([
      ['u-alice', 'warn', 'overridden'],
      [expect.stringMatching(/^anonymous \(install install-/), 'block', 'stopped'],
      ['u-alice', 'block', 'stopped'],
    ]);
    expect(summarize(await organization(), { top: 1 }).riskiest).toHaveLength(1);
  });

  it.each([
    [{ action: 'log', findings: [{ type: 'secret.jwt', count: 1 }] }, 0],
    [{ action: 'warn', findings: [{ type: 'pii.email', count: 9 }] }, 0],
    [{ action: 'warn', findings: [{ type: 'pii.email', count: 10 }] }, 10],
    [{ action: 'block', findings: [{ type: 'secret.jwt', count: 1 }] }, 1001],
    [{ action: 'warn', outcome: 'overridden', findings: [{ type: 'secret.jwt', count: 2 }] }, 1502],
  ])('riskScore(%j) = %i', (fields, score) => {
    expect(riskScore({ ...pasteRecord(1), ...fields, prevHash: '', hash: '' })).toBe(score);
  });

  it('summarizes nothing without failing', () => {
    expect(summarize([])).toMatchObject({ events: 0, users: 0, period: null, sitesByUsers: [], siteStatuses: [] });
  });
});

describe('filterRecords', () => {
  it.each([
    [{ orgLabel: 'Finance' }, 6],
    [{ orgLabel: 'Sales' }, 4],
    [{ site: 'example-ai.test' }, 5],
    [{ site: 'shadow-llm.test' }, 4],
    [{ type: 'pii.email' }, 3],
    [{ type: 'secret.*' }, 2],
    [{ type: 'secret.' }, 2],
    [{ from: T0 + DAY, to: T0 + 2 * DAY }, 4],
    [{ from: T0 + 2 * DAY }, 3],
    [{ orgLabel: 'Finance', type: 'pii.email' }, 2],
  ])('%j keeps %i records', async (filter, count) => {
    expect(filterRecords(await organization(), filter)).toHaveLength(count);
  });

  it('puts a visit record on the day it is about, not on the day it was written', () => {
    // Visits of 2026-11-01 (local), written into the chain at 00:30 UTC the next day.
    const late: SourcedRecord = { installId: 'install-alice-01', record: { ...visit(1, T0, T0 + DAY + 1_800_000, 1, 60, { identity: { mode: 'anonymous' }, orgLabel: 'Finance' }), visit: { day: '2026-11-01', visits: 1, activeSeconds: 60, firstSeen: T0, lastSeen: T0 + 60_000 }, prevHash: '', hash: '' } };
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    expect(filterRecords([late], { from: day('2026-11-01'), to: day('2026-11-02') })).toHaveLength(1);
    expect(filterRecords([late], { from: day('2026-11-02') })).toHaveLength(0);
  });
});
