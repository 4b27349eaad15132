import { describe, expect, it } from 'vitest';
import { chainRecords } from '../../../utils/log/chain';
import { CSV_COLUMNS } from '../../../utils/log/export-formats';
import { parseExport } from '../../../utils/log/import-export';
import { GENESIS_HASH, visitRecord, type LogRecord, type VisitDay } from '../../../utils/log/record';
import { exportText, pasteRecord, T0 } from './log-fixtures';

const aggregate: VisitDay = { day: '2026-11-01', site: 'chat.example-ai.test', visits: 4, activeSeconds: 1260, firstSeen: T0, lastSeen: T0 + 3_600_000, siteStatus: 'tolerated', siteCategory: 'chat' };

async function logWithVisit(): Promise<LogRecord[]> {
  return chainRecords(GENESIS_HASH, [pasteRecord(1), visitRecord(aggregate, { seq: 2, id: 'visit-0002-aaaa', extensionVersion: '0.2.0', identity: { mode: 'anonymous' }, policyVersion: '2026-11' })]);
}

describe('visit records in exports', () => {
  it.each(['json', 'ndjson'] as const)('round-trip through a %s export and verify', async (format) => {
    const log = await logWithVisit();
    const parsed = await parseExport(`a.${format}`, await exportText(format, log));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records[1]).toEqual(log[1]);
    expect(parsed.records[1]).toMatchObject({ kind: 'visit', time: T0 + 3_600_000, visit: { day: '2026-11-01', visits: 4, activeSeconds: 1260 } });
  });

  it('are flattened in CSV: day, visits, active seconds, first and last seen', async () => {
    const rows = (await exportText('csv', await logWithVisit())).trimEnd().split('\r\n').map((line) => line.slice(1, -1).split('","'));
    const row = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[2][i]]));
    expect(row).toMatchObject({ kind: 'visit', siteStatus: 'tolerated', siteCategory: 'chat', visitDay: '2026-11-01', visits: '4', activeSeconds: '1260', firstSeen: new Date(T0).toISOString(), lastSeen: new Date(T0 + 3_600_000).toISOString(), size: '', findings: '' });
  });

  it.each<[string, (r: Record<string, unknown>) => void, RegExp]>([
    ['a visit record without its totals', (r) => delete r.visit, /missing field "visit"/],
    ['a page title riding along in the totals', (r) => ((r.visit as Record<string, unknown>).title = 'Secret project'), /field "visit" must be/],
    ['a day that is not a date', (r) => ((r.visit as Record<string, unknown>).day = '22/11/2026'), /field "visit" must be/],
    ['negative visits', (r) => ((r.visit as Record<string, unknown>).visits = -1), /field "visit" must be/],
    ['a last visit before the first', (r) => ((r.visit as Record<string, unknown>).lastSeen = T0 - 1), /field "visit" must be/],
  ])('refuse %s', async (_name, change, message) => {
    const [paste, visit] = await logWithVisit();
    const edited = JSON.parse(JSON.stringify(visit)) as Record<string, unknown>;
    change(edited);
    const result = await parseExport('a.json', await exportText('json', [paste, edited as unknown as LogRecord]));
    expect(result.ok ? 'loaded' : result.error).toMatch(message);
  });
});
