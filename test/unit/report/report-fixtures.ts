/**
 * Two synthetic exports for the report tests: Alice (pseudonymous, Finance, JSON, two sites with a status, an
 * override with a reason and a secret, and visits to three AI sites) and Bob (e-mail, Sales, NDJSON, one site,
 * and visits to two), plus a truncated copy of Alice's. Visits are the daily `visit` records of docs/log-format.md.
 */
import { chainRecords } from '../../../utils/log/chain';
import { GENESIS_HASH, visitRecord, type LogRecord, type RecordContext, type UnchainedRecord, type VisitDay } from '../../../utils/log/record';
import { exportText, fakeMeta, pasteRecord, T0 } from '../log/log-fixtures';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** A card-like number placed in an excerpt of Alice's log: the report must never show it. */
export const CARD_LIKE = '4111111111111111';

/** The visit-only site: used (visited) but never pasted into, the shadow AI a report must still show. */
export const VISIT_ONLY_SITE = 'draw.example-ai.test';

const ALICE: Partial<RecordContext> = { identity: { mode: 'pseudonymous', id: 'u-alice' }, orgLabel: 'Finance' };
const BOB: Partial<RecordContext> = { identity: { mode: 'email', email: 'bob@example.test' }, orgLabel: 'Sales' };

/** A day's visits to a site (day 0 is 2026-11-01), first and last seen at 09:00 and 17:00 UTC. */
function visits(dayIndex: number, site: string, count: number, activeSeconds: number, extra: Partial<VisitDay> = {}): VisitDay {
  const midnight = Date.UTC(2026, 10, 1 + dayIndex);
  return { day: new Date(midnight).toISOString().slice(0, 10), site, visits: count, activeSeconds, firstSeen: midnight + 9 * HOUR, lastSeen: midnight + 17 * HOUR, ...extra };
}

/** Chains paste records (built by `pasteRecord`) followed by visit records, numbering them from seq 1. */
async function log(pastes: Partial<UnchainedRecord>[], days: VisitDay[], context: Partial<RecordContext>): Promise<LogRecord[]> {
  const base = { extensionVersion: '0.2.0', identity: { mode: 'anonymous' as const }, ...context };
  const records: UnchainedRecord[] = pastes.map((overrides, index) => pasteRecord(index + 1, overrides, context));
  days.forEach((day, index) => {
    const seq = pastes.length + index + 1;
    records.push(visitRecord(day, { ...base, seq, id: `visit-${String(seq).padStart(6, '0')}` }));
  });
  return chainRecords(GENESIS_HASH, records);
}

/**
 * Alice's 10 records over 3 days: 4 pastes on chat.example-ai.test (sanctioned, chat), 2 on other.example-ai.test
 * (tolerated, so unsanctioned; writing), then visits: chat 5 + 3 (45 min), other 2 (10 min), and
 * draw.example-ai.test 4 (tolerated, image, 40 min), a site she never pasted into.
 */
export async function aliceLog(): Promise<LogRecord[]> {
  const pastes = Array.from({ length: 6 }, (_, index): Partial<UnchainedRecord> => {
    const seq = index + 1;
    return {
      time: T0 + (seq - 1) * (DAY / 2),
      site: seq <= 4 ? 'chat.example-ai.test' : 'other.example-ai.test',
      siteStatus: seq <= 4 ? 'sanctioned' : 'tolerated',
      siteCategory: seq <= 4 ? 'chat' : 'writing',
      ...(seq === 2 ? { findings: [{ type: 'secret.github_token', count: 1 }], action: 'block', ruleId: 'no-secrets' } : {}),
      ...(seq === 3 ? { outcome: 'overridden', relatedId: 'event-000002', justification: 'Test data for the vendor demo' } : {}),
      ...(seq === 5 ? { excerpt: `card ${CARD_LIKE}` } : {}),
    };
  });
  return log(
    pastes,
    [
      visits(0, 'chat.example-ai.test', 5, 1800, { siteStatus: 'sanctioned', siteCategory: 'chat' }),
      visits(1, 'chat.example-ai.test', 3, 900, { siteStatus: 'sanctioned', siteCategory: 'chat' }),
      visits(1, 'other.example-ai.test', 2, 600, { siteStatus: 'tolerated', siteCategory: 'writing' }),
      visits(2, VISIT_ONLY_SITE, 4, 2400, { siteStatus: 'tolerated', siteCategory: 'image' }),
    ],
    ALICE,
  );
}

/** Bob's 5 records: 3 pastes on chat.example-ai.test (e-mail addresses found and logged), visits to chat 2 (5 min) and draw 1 (2 min). */
export async function bobLog(): Promise<LogRecord[]> {
  const pastes = Array.from({ length: 3 }, (_, index): Partial<UnchainedRecord> => ({
    time: T0 + (index + 1) * HOUR,
    siteStatus: 'sanctioned',
    siteCategory: 'chat',
    findings: [{ type: 'pii.email', count: 2 }],
    action: 'log',
    outcome: 'allowed',
  }));
  return log(
    pastes,
    [
      visits(0, 'chat.example-ai.test', 2, 300, { siteStatus: 'sanctioned', siteCategory: 'chat' }),
      visits(1, VISIT_ONLY_SITE, 1, 120, { siteStatus: 'tolerated', siteCategory: 'image' }),
    ],
    BOB,
  );
}

/** The export files' names and texts: alice.json, bob.ndjson and alice-truncated.json. */
export async function exportFiles(): Promise<{ alice: string; bob: string; truncated: string }> {
  const alice = await exportText('json', await aliceLog(), fakeMeta('install-alice-0001', { mode: 'pseudonymous', id: 'u-alice' }, { orgLabel: 'Finance' }));
  const bob = await exportText('ndjson', await bobLog(), fakeMeta('install-bob-00002', { mode: 'email', email: 'bob@example.test' }, { orgLabel: 'Sales' }));
  return { alice, bob, truncated: alice.slice(0, Math.floor(alice.length / 2)) };
}
