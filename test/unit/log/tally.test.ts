import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../../../utils/log/record';
import { activeSites, countRecord, countVisit, emptyTally, subtractTally, sumTallies } from '../../../utils/log/tally';
import { pasteRecord } from './log-fixtures';

const record = (fields: Partial<LogRecord>): LogRecord => ({ ...pasteRecord(1), prevHash: '', hash: '', ...fields });

describe('day tallies', () => {
  it('counts events by action, outcome and site, and visits apart', () => {
    const tally = emptyTally('2026-11-22');
    countRecord(tally, record({ action: 'warn', outcome: 'stopped', site: 'chatgpt.com', siteStatus: 'tolerated' }));
    countRecord(tally, record({ action: 'warn', outcome: 'overridden', site: 'chatgpt.com' }));
    countRecord(tally, record({ kind: 'prune', action: undefined, outcome: undefined, site: undefined }));
    countVisit(tally, 'claude.ai', 2, 300, 'sanctioned');
    expect(tally).toEqual({
      day: '2026-11-22',
      actions: { warn: 2 },
      outcomes: { stopped: 1, overridden: 1 },
      sites: { 'chatgpt.com': { events: 2, visits: 0, activeSeconds: 0, siteStatus: 'tolerated' }, 'claude.ai': { events: 0, visits: 2, activeSeconds: 300, siteStatus: 'sanctioned' } },
    });
    expect(activeSites(tally).map((s) => s.site)).toEqual(['chatgpt.com', 'claude.ai']);
  });

  it('takes removed records out without going below zero, and adds days up', () => {
    const day = emptyTally('2026-11-22');
    const visitRecord = record({ kind: 'visit', action: undefined, outcome: undefined, site: 'claude.ai', visit: { day: '2026-11-22', visits: 2, activeSeconds: 300, firstSeen: 1, lastSeen: 2 } });
    countVisit(day, 'claude.ai', 2, 300);
    countRecord(day, record({ action: 'block', outcome: 'stopped', site: 'chatgpt.com' }));
    const removed = emptyTally('2026-11-22');
    countRecord(removed, visitRecord);
    countRecord(removed, record({ action: 'block', outcome: 'stopped', site: 'chatgpt.com' }));
    countRecord(removed, record({ action: 'block', outcome: 'stopped', site: 'chatgpt.com' }));
    subtractTally(day, removed);
    expect(day.actions).toEqual({});
    expect(day.sites['claude.ai']).toMatchObject({ visits: 0, activeSeconds: 0 });
    expect(day.sites['chatgpt.com'].events).toBe(0);
    expect(activeSites(day)).toEqual([]);

    const a = emptyTally('2026-11-21');
    countVisit(a, 'claude.ai', 1, 60);
    const b = emptyTally('2026-11-22');
    countVisit(b, 'claude.ai', 2, 60);
    countRecord(b, record({ action: 'log', outcome: 'allowed', site: 'claude.ai' }));
    expect(sumTallies('7', [a, b])).toEqual({ day: '7', actions: { log: 1 }, outcomes: { allowed: 1 }, sites: { 'claude.ai': { events: 1, visits: 3, activeSeconds: 120 } } });
  });
});
