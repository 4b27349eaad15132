import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { verifyChain } from '../../../utils/log/chain';
import { createLogService, type LogServiceDeps } from '../../../utils/log/log-service';
import { LOG_DB_NAME, openLogStore, type LogStore } from '../../../utils/log/log-store';
import { CONTENT_TO_BG_EVENT, CONTENT_TO_BG_VISIT, POPUP_TO_BG_PREPARE_EXPORT, type VisitReport } from '../../../utils/messaging';
import { POLICY_STATE_KEY } from '../../../utils/policy/policy-store';
import type { PolicyInput } from '../../../utils/policy/schema';
import { stateOf } from '../policy/policy-fixtures';
import { sampleEvent } from '../sample-event';

const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();
const tab = (host: string, frameId = 0) => ({ id: 'our-id', url: `https://${host}/c/1`, tab: { id: 1 }, frameId });
const popupPage = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const visitReport = (n: number, fields: Partial<VisitReport> = {}): VisitReport => ({ id: `report-${String(n).padStart(4, '0')}`, site: 'chatgpt.com', time: at(22, 10), visits: 1, activeSeconds: 60, ...fields });

let clock = at(22, 12);
const opened: LogStore[] = [];
/** The service over the real store (fake-indexeddb), counting the store's append calls (one transaction each). */
function service(extra: Partial<LogServiceDeps> = {}) {
  const appends: number[] = [];
  const log = createLogService({
    extensionId: 'our-id',
    extensionVersion: '0.2.0',
    extensionOrigin: 'chrome-extension://our-id',
    local: fakeBrowser.storage.local,
    now: () => clock,
    async openStore(writer) {
      const store = await openLogStore(writer, { now: () => clock });
      opened.push(store);
      return { ...store, append: (events, context) => (appends.push(events.length), store.append(events, context)) };
    },
    ...extra,
  });
  return { log, appends };
}
const publish = (input: PolicyInput) => fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: stateOf(input) });
async function records() {
  const store = await openLogStore();
  opened.push(store);
  return store.all();
}

afterEach(async () => {
  for (const store of opened.splice(0)) store.close();
  clock = at(22, 12);
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(LOG_DB_NAME);
    request.onsuccess = request.onerror = () => resolve();
  });
});

describe('the log service: events', () => {
  it('stores a burst from ten tabs in a few transactions, acknowledges each once stored, and a retry once', async () => {
    const { log, appends } = service();
    const hosts = ['chatgpt.com', 'claude.ai', 'chat.deepseek.com', 'gemini.google.com', 'chat.mistral.ai', 'copilot.microsoft.com', 'www.perplexity.ai', 'poe.com', 'huggingface.co', 'grok.com'];
    const sends = hosts.flatMap((host, t) =>
      Array.from({ length: 20 }, (_, i) => log.receive({ type: CONTENT_TO_BG_EVENT, event: sampleEvent({ id: `event-${t}-${String(i).padStart(4, '0')}`, site: host, time: at(22, 9) + i }) }, tab(host))),
    );
    const acks = await Promise.all(sends);
    expect(acks.every((ack) => (ack as { ok: boolean }).ok)).toBe(true);
    expect(appends.reduce((a, b) => a + b, 0)).toBe(200);
    expect(appends.length).toBeLessThan(10);
    // The same event delivered again (its ack was lost) is acknowledged and stored once.
    expect(await log.receive({ type: CONTENT_TO_BG_EVENT, event: sampleEvent({ id: 'event-0-0000', site: 'chatgpt.com', time: at(22, 9) }) }, tab('chatgpt.com'))).toEqual({ ok: true, id: 'event-0-0000' });
    const all = await records();
    expect(all).toHaveLength(200);
    expect(new Set(all.map((r) => r.id)).size).toBe(200);
    expect(await verifyChain(all)).toMatchObject({ ok: true });
  });

  it('gives records the identity, label, policy version and site classification of the policy in force', async () => {
    await publish({ policyVersion: '2026-11', sites: [{ match: 'chatgpt', status: 'sanctioned' }], logging: { identity: 'email', organization: 'Finance' } });
    const { log } = service({ profileEmail: async () => undefined });
    await log.receive({ type: CONTENT_TO_BG_EVENT, event: sampleEvent({ id: 'event-0001', excerpt: 'card ****' }) }, tab('chatgpt.com'));
    const [record] = await records();
    // No e-mail from the browser (no identity permission): the install's pseudonym instead.
    expect(record.identity).toEqual({ mode: 'pseudonymous', id: (await fakeBrowser.storage.local.get('logPseudonym')).logPseudonym });
    expect(record).toMatchObject({ orgLabel: 'Finance', siteStatus: 'sanctioned', siteCategory: 'chat', extensionVersion: '0.2.0' });
    // The policy keeps no excerpt (logging.excerpt is none): an excerpt sent anyway is dropped.
    expect(record.excerpt).toBeUndefined();
  });

  it('refuses events from a page that is not ours, and an unknown message', async () => {
    const { log } = service();
    expect(await log.receive({ type: CONTENT_TO_BG_EVENT, event: sampleEvent() }, tab('evil.example'))).toMatchObject({ ok: false });
    expect(await log.receive({ type: 'content->bg:nonsense' }, tab('chatgpt.com'))).toMatchObject({ ok: false, error: expect.stringContaining('unknown message type') });
  });
});

describe('the log service: visits', () => {
  it('counts reports from top frames into today\'s aggregate, once per report id', async () => {
    const { log } = service();
    expect(await log.receive({ type: CONTENT_TO_BG_VISIT, visit: visitReport(1) }, tab('chatgpt.com'))).toEqual({ ok: true, id: 'report-0001' });
    await log.receive({ type: CONTENT_TO_BG_VISIT, visit: visitReport(1) }, tab('chatgpt.com'));
    await log.receive({ type: CONTENT_TO_BG_VISIT, visit: visitReport(2, { visits: 0, activeSeconds: 30 }) }, tab('chatgpt.com'));
    const store = await openLogStore();
    opened.push(store);
    expect((await store.glance(clock)).today.sites['chatgpt.com']).toEqual({ events: 0, visits: 1, activeSeconds: 90, siteStatus: 'tolerated' });
  });

  it.each([
    ['a frame inside the page', { type: CONTENT_TO_BG_VISIT, visit: visitReport(1) }, tab('chatgpt.com', 3), 'top frames'],
    ['another host', { type: CONTENT_TO_BG_VISIT, visit: visitReport(1) }, tab('claude.ai'), 'does not match its frame'],
    ['a page title riding along', { type: CONTENT_TO_BG_VISIT, visit: { ...visitReport(1), title: 'Secret project' } }, tab('chatgpt.com'), 'unexpected field title'],
    ['a negative time', { type: CONTENT_TO_BG_VISIT, visit: visitReport(1, { activeSeconds: -5 }) }, tab('chatgpt.com'), 'activeSeconds'],
  ])('refuses a report from %s', async (_name, message, sender, error) => {
    const { log } = service();
    expect(await log.receive(message, sender)).toMatchObject({ ok: false, error: expect.stringContaining(error) });
  });

  it('acknowledges but does not record visits when the policy turns them off', async () => {
    await publish({ logging: { visits: false } });
    const { log } = service();
    expect(await log.receive({ type: CONTENT_TO_BG_VISIT, visit: visitReport(1) }, tab('chatgpt.com'))).toEqual({ ok: true, id: 'report-0001' });
    const store = await openLogStore();
    opened.push(store);
    expect((await store.glance(clock)).today.sites).toEqual({});
  });

  it('writes today\'s visits into the chain when the popup prepares an export, and answers with the identity in force', async () => {
    await publish({ policyVersion: '2026-11', logging: { identity: 'pseudonymous', organization: 'Finance' } });
    const { log } = service();
    await log.receive({ type: CONTENT_TO_BG_VISIT, visit: visitReport(1) }, tab('chatgpt.com'));
    expect(await log.receive({ type: POPUP_TO_BG_PREPARE_EXPORT }, tab('chatgpt.com'))).toMatchObject({ ok: false });
    const reply = await log.receive({ type: POPUP_TO_BG_PREPARE_EXPORT }, popupPage);
    expect(reply).toMatchObject({ ok: true, identity: { mode: 'pseudonymous' }, orgLabel: 'Finance', policySource: 'managed', policyVersion: '2026-11' });
    const all = await records();
    expect(all.map((r) => [r.kind, r.site, r.visit?.visits])).toEqual([['visit', 'chatgpt.com', 1]]);
  });

  it('applies retention with the policy\'s days, after writing the past days\' visits', async () => {
    await publish({ logging: { retentionDays: 30 } });
    const { log } = service();
    clock = at(1, 12);
    await log.receive({ type: CONTENT_TO_BG_EVENT, event: sampleEvent({ id: 'event-old', time: at(1, 9) }) }, tab('chatgpt.com'));
    clock = at(22, 12);
    await log.receive({ type: CONTENT_TO_BG_VISIT, visit: visitReport(1, { time: at(21, 10) }) }, tab('chatgpt.com'));
    await log.receive({ type: CONTENT_TO_BG_EVENT, event: sampleEvent({ id: 'event-new', time: at(22, 9) }) }, tab('chatgpt.com'));
    clock = new Date(2026, 11, 15, 12).getTime();
    expect(await log.applyRetention()).toBe(1);
    const all = await records();
    expect(all.map((r) => r.kind)).toEqual(['visit', 'paste', 'prune']);
    expect(await verifyChain(all)).toMatchObject({ ok: true });
  });
});
