// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '../../../components/PopupApp';
import { parseExport } from '../../../utils/log/import-export';
import { LOG_DB_NAME, openLogStore, type AppendContext } from '../../../utils/log/log-store';
import type { UsageEvent } from '../../../utils/messaging';
import type { PolicyState } from '../../../utils/policy/load';
import type { VisitFold } from '../../../utils/visits/visit-aggregate';
import { stateOf } from '../policy/policy-fixtures';
import { downloadVia } from './capture-download';
import { sampleEvent } from '../sample-event';

let container: HTMLElement;
const writerContext: AppendContext = { extensionVersion: '0.1.0', identity: { mode: 'anonymous' } };
/** What a test adds around the log: visit reports counted before the popup opens, the clock, the background's export preparation. */
interface MountOptions {
  visits?: VisitFold[];
  now?: () => number;
  prepareExport?: PopupAppProps['prepareExport'];
  openOptions?: PopupAppProps['openOptions'];
  openReport?: PopupAppProps['openReport'];
}
async function mountPopup(policy: PolicyState | undefined, events: UsageEvent[], options: MountOptions = {}) {
  const writer = await openLogStore(writerContext);
  await writer.append(events, writerContext);
  if (options.visits) await writer.foldVisits(options.visits, writerContext);
  writer.close();
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(
      <PopupApp loadPolicy={async () => policy} watchPolicy={() => () => undefined} openLog={() => openLogStore()} prepareExport={options.prepareExport} now={options.now} extensionVersion="0.1.0" openOptions={options.openOptions} openReport={options.openReport} />,
      container,
    );
  });
  await settled(container);
  return container;
}

/** Lets the popup's asynchronous reads finish: until nothing says "Loading…" (at most two seconds). */
async function settled(root: HTMLElement): Promise<void> {
  for (let i = 0; i < 100 && (i === 0 || root.textContent?.includes('Loading…')); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}
afterEach(async () => {
  render(null, container);
  container.remove();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(LOG_DB_NAME);
    request.onsuccess = request.onerror = () => resolve();
  });
});


describe('PopupApp', () => {
  it('shows the built-in default when nothing is published yet, and an empty log', async () => {
    const root = await mountPopup(undefined, []);
    expect(root.querySelector('[data-testid="policy-status"]')?.getAttribute('data-policy-source')).toBe('default');
    expect(root.textContent).toContain('Protection on');
    expect(root.textContent).toContain('Nothing recorded yet.');
  });

  it('shows a managed policy in monitor mode and its version', async () => {
    const root = await mountPopup(stateOf({ mode: 'monitor', policyVersion: '2026-11' }), []);
    expect(root.textContent).toContain('Policy set by your organization');
    expect(root.textContent).toContain('Monitoring only');
    expect(root.textContent).toContain('Policy version: 2026-11');
  });

  it('shows the errors of a rejected managed policy with their key paths', async () => {
    const root = await mountPopup({ ...stateOf({}, 'default'), errors: [{ path: 'mode', message: '"blocking" is not one of: monitor, enforce' }], rejected: 'managed' }, []);
    const errors = root.querySelector('[data-testid="policy-errors"]');
    expect(errors?.getAttribute('role')).toBe('alert');
    expect(errors?.textContent).toContain('mode "blocking" is not one of: monitor, enforce');
  });

  it('lists the latest events newest first, with counts and no content', async () => {
    const root = await mountPopup(undefined, [
      sampleEvent({ id: 'event-0001', time: 1000, action: 'log', outcome: 'allowed', findings: [{ type: 'pii.email', count: 3 }] }),
      sampleEvent({ id: 'event-0002', time: 2000 }),
    ]);
    const items = [...root.querySelectorAll('[data-testid="event-list"] li')];
    expect(items.map((li) => li.getAttribute('data-event-id'))).toEqual(['event-0002', 'event-0001']);
    expect(items[0].textContent).toContain('Warned · stopped');
    expect(items[1].textContent).toContain('E-mail address (3)');
    expect(root.textContent).toContain('1–2 of 2 events');
  });

  it('pages through the log and filters it by action, site and search', async () => {
    const events = Array.from({ length: 25 }, (_, i) =>
      sampleEvent({ id: `event-${String(i).padStart(4, '0')}`, time: Date.UTC(2026, 10, 1) + i * 60_000, site: i % 5 === 0 ? 'claude.ai' : 'chatgpt.com', action: i % 5 === 0 ? 'block' : 'warn' }),
    );
    const root = await mountPopup(undefined, events);
    const ids = () => [...root.querySelectorAll('[data-testid="event-list"] li')].map((li) => li.getAttribute('data-event-id'));
    // Waits (at most two seconds) until the list shows what the test expects next.
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 100 && !done(); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    };
    expect(ids()).toHaveLength(20);
    expect(ids()[0]).toBe('event-0024');
    expect(root.textContent).toContain('1–20 of 25 events');
    await act(() => root.querySelector<HTMLButtonElement>('[data-page="next"]')!.click());
    await until(() => ids().length === 5);
    expect(ids()).toEqual(['event-0004', 'event-0003', 'event-0002', 'event-0001', 'event-0000']);
    expect(root.querySelector<HTMLButtonElement>('[data-page="next"]')!.disabled).toBe(true);

    const select = (name: string, value: string) => {
      const element = root.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`)!;
      element.value = value;
      element.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await act(() => select('action', 'block'));
    await until(() => ids()[0] === 'event-0020');
    expect(ids()).toEqual(['event-0020', 'event-0015', 'event-0010', 'event-0005', 'event-0000']);
    expect(root.textContent).toContain('1–5 of 5 events');
    expect([...root.querySelectorAll('[data-filter="site"] option')].map((o) => o.textContent)).toEqual(['All', 'chatgpt.com', 'claude.ai']);

    await act(() => select('action', ''));
    await act(() => {
      const search = root.querySelector<HTMLInputElement>('[data-filter="search"]')!;
      search.value = 'no-such-site';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => root.textContent?.includes('No event matches') ?? false);
    expect(root.textContent).toContain('No event matches these filters.');
  });

  it('exports the log as JSON that verifies (format, header, hash chain)', async () => {
    const root = await mountPopup(undefined, [sampleEvent({ id: 'event-0001' }), sampleEvent({ id: 'event-0002', time: Date.UTC(2026, 10, 22, 10) })]);
    const { name, text } = await downloadVia(root, 'json');
    expect(name).toMatch(/^vigie-log-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    const parsed = await parseExport(name, text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.header).toMatchObject({ format: 'vigie-usage-log', formatVersion: 2, recordCount: 2, firstSeq: 1, lastSeq: 2, extensionVersion: '0.1.0' });
    expect(parsed.records.map((r) => r.id)).toEqual(['event-0001', 'event-0002']);
  });

  it('exports NDJSON that verifies, and CSV with a header row and one line per record', async () => {
    const root = await mountPopup(undefined, [sampleEvent({ id: 'event-0001' })]);
    const ndjson = await downloadVia(root, 'ndjson');
    expect((await parseExport(ndjson.name, ndjson.text)).ok).toBe(true);
    const csv = await downloadVia(root, 'csv');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('event-0001');
  });
});

describe('PopupApp at a glance', () => {
  // Local times: the popup's "today" is the employee's local day.
  const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();
  const now = () => at(22, 12);
  const visit = (id: string, site: string, time: number, visits: number, activeSeconds: number): VisitFold => ({ id: `report-${id}-0000`, site, time, visits, activeSeconds, siteStatus: 'tolerated', siteCategory: 'chat' });

  it('shows the AI sites used today and in the last 7 days, visits included, and the events by action', async () => {
    const root = await mountPopup(
      undefined,
      [
        sampleEvent({ id: 'event-0001', time: at(22, 9), action: 'log', outcome: 'allowed', site: 'claude.ai' }),
        sampleEvent({ id: 'event-0002', time: at(19, 9), action: 'warn', outcome: 'overridden' }),
      ],
      { now, visits: [visit('1', 'chat.deepseek.com', at(22, 10), 2, 720), visit('2', 'claude.ai', at(22, 11), 1, 30)] },
    );
    const today = root.querySelector('[data-testid="glance"] [data-period="today"]')!;
    expect(today.textContent).toContain('AI sites used: 2');
    expect([...today.querySelectorAll('[data-site]')].map((li) => li.textContent)).toEqual([
      'claude.ai (tolerated)visits: 1 · active: 1 min · events: 1',
      'chat.deepseek.com (tolerated)visits: 2 · active: 12 min',
    ]);
    expect(today.querySelector('[data-action="log"]')?.textContent).toBe('Logged: 1');
    const week = root.querySelector('[data-testid="glance"] [data-period="week"]')!;
    expect(week.textContent).toContain('AI sites used: 3');
    expect([...week.querySelectorAll('[data-action]')].map((li) => li.getAttribute('data-action'))).toEqual(['log', 'warn']);
    // Nothing was stopped today: no attention section.
    expect(root.querySelector('[data-testid="attention"]')).toBeNull();
  });

  it('lists what was stopped today under "Needs your attention", apart from the log', async () => {
    const root = await mountPopup(
      undefined,
      [
        sampleEvent({ id: 'event-0001', time: at(21, 9), action: 'block', outcome: 'stopped' }),
        sampleEvent({ id: 'event-0002', time: at(22, 9), action: 'warn', outcome: 'stopped' }),
        sampleEvent({ id: 'event-0003', time: at(22, 10), action: 'block', outcome: 'stopped', site: 'claude.ai' }),
      ],
      { now },
    );
    const attention = root.querySelector('[data-testid="attention"]')!;
    expect(attention.textContent).toContain('Stopped today: 2');
    expect([...attention.querySelectorAll('[data-testid="attention-list"] li')].map((li) => li.getAttribute('data-event-id'))).toEqual(['event-0003', 'event-0002']);
    expect(root.querySelectorAll('[data-testid="event-list"] li')).toHaveLength(3);
  });

  it('asks the background to write today\'s visits before exporting, and states the identity it returns', async () => {
    const prepared: string[] = [];
    const root = await mountPopup(undefined, [sampleEvent({ id: 'event-0001', time: at(22, 9) })], {
      now,
      visits: [visit('1', 'chat.deepseek.com', at(22, 10), 1, 60)],
      async prepareExport() {
        // What the background does: write the running visits into the chain, say who the log is about.
        const writer = await openLogStore(writerContext);
        prepared.push(String(await writer.sealVisits(null, writerContext)));
        writer.close();
        return { ok: true, identity: { mode: 'pseudonymous', id: 'u-7f3a-0001' }, orgLabel: 'Finance', policySource: 'managed', policyVersion: '2026-11' };
      },
    });
    const { name, text } = await downloadVia(root, 'json');
    expect(prepared).toEqual(['1']);
    const parsed = await parseExport(name, text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.header).toMatchObject({ identity: { mode: 'pseudonymous', id: 'u-7f3a-0001' }, orgLabel: 'Finance', policySource: 'managed', policyVersion: '2026-11', recordCount: 2 });
    expect(parsed.records.map((r) => r.kind)).toEqual(['paste', 'visit']);
    // The log reads again after the export: the visit record is listed.
    for (let i = 0; i < 100 && root.querySelectorAll('[data-testid="event-list"] li').length < 2; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(root.querySelector('[data-testid="event-list"] li[data-kind="visit"]')?.textContent).toContain('Visit · chat.deepseek.com');
  });

  it('exports what the log holds when the background does not answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await mountPopup(undefined, [sampleEvent({ id: 'event-0001', time: at(22, 9) })], { now, prepareExport: () => Promise.reject(new Error('no receiving end')) });
    const { name, text } = await downloadVia(root, 'ndjson');
    const parsed = await parseExport(name, text);
    expect(parsed.ok && parsed.header.recordCount).toBe(1);
  });

  it('links to the full log (the report page) and to the policy and settings', async () => {
    const opened: string[] = [];
    const root = await mountPopup(undefined, [], { openOptions: () => opened.push('options'), openReport: () => opened.push('report') });
    const nav = root.querySelector('nav.popup-links');
    expect(nav?.getAttribute('aria-label')).toBe('Vigie pages');
    expect([...nav!.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Full log and report', 'Policy and settings']);
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="open-report"]')!.click());
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="open-options"]')!.click());
    expect(opened).toEqual(['report', 'options']);
  });

  it('shows no links when it is given no way to open the pages', async () => {
    const root = await mountPopup(undefined, []);
    expect(root.querySelector('nav.popup-links')).toBeNull();
  });
});
