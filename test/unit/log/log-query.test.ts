import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_DB_NAME, openLogStore, type AppendContext, type LogStore } from '../../../utils/log/log-store';
import { sampleEvent } from '../sample-event';

const context: AppendContext = { extensionVersion: '0.1.0', identity: { mode: 'anonymous' } };
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 1);

// 30 events over 3 days on 3 sites, alternating actions; event i happens at T0 + i hours.
const events = Array.from({ length: 30 }, (_, i) =>
  sampleEvent({
    id: `event-${String(i).padStart(4, '0')}`,
    time: T0 + i * 60 * 60 * 1000,
    site: ['chatgpt.com', 'claude.ai', 'chat.mistral.ai'][i % 3],
    action: i % 2 === 0 ? 'warn' : 'log',
    outcome: i % 2 === 0 ? 'stopped' : 'allowed',
    findings: i % 5 === 0 ? [{ type: 'secret.github_token', count: 1 }] : [{ type: 'pii.email', count: 1 }],
    ruleId: i % 5 === 0 ? 'secrets' : undefined,
  }),
);

describe('usage log queries', () => {
  let store: LogStore;
  beforeAll(async () => {
    store = await openLogStore(context);
    await store.append(events, context);
  });
  afterAll(async () => {
    store.close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(LOG_DB_NAME);
      request.onsuccess = request.onerror = () => resolve();
    });
  });

  it('pages through everything newest first', async () => {
    const first = await store.page({}, 0, 10);
    expect(first.records.map((r) => r.id)).toEqual(events.slice(20).reverse().map((e) => e.id));
    expect(first.hasMore).toBe(true);
    const last = await store.page({}, 20, 10);
    expect(last.records.map((r) => r.id)).toEqual(events.slice(0, 10).reverse().map((e) => e.id));
    expect(last.hasMore).toBe(false);
  });

  it.each([
    ['a site', { site: 'claude.ai' }, 10],
    ['an action', { action: 'warn' }, 15],
    ['a site and an action', { site: 'claude.ai', action: 'warn' }, 5],
    ['a day', { from: T0 + DAY, to: T0 + 2 * DAY }, 6],
    ['a search on a finding type', { search: 'GITHUB' }, 6],
    ['a search on a site', { search: 'mistral' }, 10],
    ['a kind', { kind: 'prune' }, 0],
  ])('filters by %s', async (_name, filters, expected) => {
    expect(await store.countMatching(filters)).toBe(expected);
    const page = await store.page(filters, 0, 100);
    expect(page.records).toHaveLength(expected);
    expect(page.records.every((r, i) => i === 0 || page.records[i - 1].time >= r.time)).toBe(true);
  });

  it('counts without filters from the store', async () => {
    expect(await store.countMatching({})).toBe(30);
  });

  it('lists the sites from the index', async () => {
    expect(await store.sites()).toEqual(['chat.mistral.ai', 'chatgpt.com', 'claude.ai']);
  });
});
