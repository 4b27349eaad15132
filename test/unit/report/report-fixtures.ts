/**
 * Two synthetic exports for the report tests: Alice (pseudonymous, Finance, JSON, two sites with a status, an
 * override with a reason and a secret) and Bob (e-mail, Sales, NDJSON, one site), plus a truncated copy of Alice's.
 */
import type { LogRecord } from '../../../utils/log/record';
import { chainedLog, exportText, fakeMeta, T0 } from '../log/log-fixtures';

const DAY = 86_400_000;

/** A card-like number placed in an excerpt of Alice's log: the report must never show it. */
export const CARD_LIKE = '4111111111111111';

/** Alice's 6 records: 4 on chat.example-ai.test (sanctioned), 2 on other.example-ai.test (unsanctioned), over 3 days. */
export async function aliceLog(): Promise<LogRecord[]> {
  return chainedLog(
    6,
    (seq) => ({
      time: T0 + (seq - 1) * (DAY / 2),
      site: seq <= 4 ? 'chat.example-ai.test' : 'other.example-ai.test',
      siteStatus: seq <= 4 ? 'sanctioned' : 'unsanctioned',
      ...(seq === 2 ? { findings: [{ type: 'secret.github_token', count: 1 }], action: 'block', ruleId: 'no-secrets' } : {}),
      ...(seq === 3 ? { outcome: 'overridden', relatedId: 'event-000002', justification: 'Test data for the vendor demo' } : {}),
      ...(seq === 5 ? { excerpt: `card ${CARD_LIKE}` } : {}),
    }),
    { identity: { mode: 'pseudonymous', id: 'u-alice' }, orgLabel: 'Finance' },
  );
}

/** Bob's 3 records on chat.example-ai.test, e-mail addresses found and logged. */
export async function bobLog(): Promise<LogRecord[]> {
  return chainedLog(3, (seq) => ({ time: T0 + seq * 3_600_000, findings: [{ type: 'pii.email', count: 2 }], action: 'log', outcome: 'allowed' }), {
    identity: { mode: 'email', email: 'bob@example.test' },
    orgLabel: 'Sales',
  });
}

/** The export files' names and texts: alice.json, bob.ndjson and alice-truncated.json. */
export async function exportFiles(): Promise<{ alice: string; bob: string; truncated: string }> {
  const alice = await exportText('json', await aliceLog(), fakeMeta('install-alice-0001', { mode: 'pseudonymous', id: 'u-alice' }, { orgLabel: 'Finance' }));
  const bob = await exportText('ndjson', await bobLog(), fakeMeta('install-bob-00002', { mode: 'email', email: 'bob@example.test' }, { orgLabel: 'Sales' }));
  return { alice, bob, truncated: alice.slice(0, Math.floor(alice.length / 2)) };
}
