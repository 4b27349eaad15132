// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { parseExport } from '../../../utils/log/import-export';
import { LOG_DB_NAME, openLogStore } from '../../../utils/log/log-store';
import type { UsageEvent } from '../../../utils/messaging';
import type { PolicyState } from '../../../utils/policy/load';
import { stateOf } from '../policy/policy-fixtures';
import { downloadVia } from './capture-download';
import { sampleEvent } from '../sample-event';

let container: HTMLElement;
async function mountPopup(policy: PolicyState | undefined, events: UsageEvent[]) {
  const writer = await openLogStore({ extensionVersion: '0.1.0', identity: { mode: 'anonymous' } });
  await writer.append(events, { extensionVersion: '0.1.0', identity: { mode: 'anonymous' } });
  writer.close();
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<PopupApp loadPolicy={async () => policy} watchPolicy={() => () => undefined} openLog={() => openLogStore()} extensionVersion="0.1.0" />, container);
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
