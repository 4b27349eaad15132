import { describe, expect, it } from 'vitest';
import type { SourcedRecord } from '../../../utils/log/export-formats';
import { summarize } from '../../../utils/log/report-summary';
import { categoryBreakdown, rankSites, statusBreakdown, statusGroup, usageBy } from '../../../utils/report/site-usage';
import { aliceLog, bobLog, VISIT_ONLY_SITE } from './report-fixtures';

async function rows(): Promise<SourcedRecord[]> {
  return [...(await aliceLog()).map((record) => ({ installId: 'install-a', record })), ...(await bobLog()).map((record) => ({ installId: 'install-b', record }))];
}

describe('shadow AI discovery', () => {
  it.each([
    ['sanctioned', 'sanctioned'],
    ['tolerated', 'unsanctioned'],
    ['blocked', 'unsanctioned'],
    ['unsanctioned', 'unsanctioned'],
    ['experimental', 'unsanctioned'],
    [undefined, 'unclassified'],
  ] as const)('status %s is in the group %s', (status, group) => {
    expect(statusGroup(status)).toBe(group);
  });

  it('adds up people, visits and active time per group, and counts only non-visit records as events', async () => {
    const breakdown = statusBreakdown(await rows());
    expect(breakdown.groups).toEqual([
      { key: 'sanctioned', sites: 1, users: 2, visits: 10, activeSeconds: 3000, events: 7, statuses: [] },
      { key: 'unsanctioned', sites: 2, users: 2, visits: 7, activeSeconds: 3120, events: 2, statuses: [{ key: 'tolerated', sites: 2, users: 2, visits: 7, activeSeconds: 3120, events: 2 }] },
    ]);
  });

  it('puts records without a status under unclassified and without a category under unknown; prune records count nowhere', async () => {
    const [first, ...rest] = await rows();
    const bare = { ...first, record: { ...first.record, siteStatus: undefined, siteCategory: undefined, site: 'new.example-ai.test' } };
    const prune = { ...first, record: { ...first.record, kind: 'prune', site: undefined } };
    const breakdown = statusBreakdown([bare, prune, ...rest]);
    expect(breakdown.groups.map((g) => g.key)).toEqual(['sanctioned', 'unsanctioned', 'unclassified']);
    expect(breakdown.groups[2]).toMatchObject({ sites: 1, users: 1, events: 1, visits: 0 });
    expect(categoryBreakdown([bare, prune, ...rest]).find((row) => row.key === 'unknown')).toMatchObject({ sites: 1, events: 1 });
  });

  it('groups by category, largest active time first', async () => {
    expect(categoryBreakdown(await rows()).map((row) => [row.key, row.sites, row.users, row.visits, row.activeSeconds, row.events])).toEqual([
      ['chat', 1, 2, 10, 3000, 7],
      ['image', 1, 2, 5, 2520, 0],
      ['writing', 1, 1, 2, 600, 2],
    ]);
    expect(usageBy([], () => 'x')).toEqual([]);
  });

  it('ranks sites by people, days used, visits, active time or events', async () => {
    const { sitesByUsers } = summarize(await rows());
    const order = (by: Parameters<typeof rankSites>[1]) => rankSites(sitesByUsers, by).map((site) => site.site);
    expect(order('users')).toEqual(['chat.example-ai.test', VISIT_ONLY_SITE, 'other.example-ai.test']);
    expect(order('events')).toEqual(['chat.example-ai.test', 'other.example-ai.test', VISIT_ONLY_SITE]);
    expect(order('visits')).toEqual(['chat.example-ai.test', VISIT_ONLY_SITE, 'other.example-ai.test']);
    expect(order('visitDays')).toEqual(['chat.example-ai.test', VISIT_ONLY_SITE, 'other.example-ai.test']);
    expect(rankSites(sitesByUsers, 'activeSeconds').map((site) => site.activeSeconds)).toEqual([3000, 2520, 600]);
  });
});
