// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import type { LogStore } from '../../../utils/log/log-store';
import type { UsageEvent } from '../../../utils/messaging';
import { resolvePolicyState, type PolicyState } from '../../../utils/policy/load';
import { sampleEvent } from '../sample-event';

function memoryLog(events: UsageEvent[]): () => Promise<LogStore> {
  return async () => ({
    append: async () => undefined,
    latest: async (limit) => [...events].sort((a, b) => b.time - a.time).slice(0, limit),
    all: async () => [...events].sort((a, b) => a.time - b.time),
    count: async () => events.length,
    close: () => undefined,
  });
}

let container: HTMLElement;
async function mountPopup(policy: PolicyState | undefined, events: UsageEvent[]) {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<PopupApp loadPolicy={async () => policy} watchPolicy={() => () => undefined} openLog={memoryLog(events)} extensionVersion="0.1.0" />, container);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return container;
}
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('PopupApp', () => {
  it('shows the built-in default when nothing is published yet, and an empty log', async () => {
    const root = await mountPopup(undefined, []);
    expect(root.querySelector('[data-testid="policy-status"]')?.getAttribute('data-policy-source')).toBe('default');
    expect(root.textContent).toContain('Protection on');
    expect(root.textContent).toContain('Nothing recorded yet.');
  });

  it('shows a managed policy in monitor mode and its version', async () => {
    const root = await mountPopup(resolvePolicyState({ mode: 'monitor', policyVersion: '2026-11' }, undefined, 1), []);
    expect(root.textContent).toContain('Policy set by your organization');
    expect(root.textContent).toContain('Monitoring only');
    expect(root.textContent).toContain('Policy version: 2026-11');
  });

  it('shows the errors of a rejected managed policy with their key paths', async () => {
    const root = await mountPopup(resolvePolicyState({ mode: 'blocking' }, undefined, 1), []);
    const errors = root.querySelector('[data-testid="policy-errors"]');
    expect(errors?.getAttribute('role')).toBe('alert');
    expect(errors?.textContent).toContain('mode "blocking" is not one of: monitor, enforce');
  });

  it('lists the latest events newest first, with counts and no content', async () => {
    const events = [
      sampleEvent({ id: 'event-0001', time: 1000, action: 'log', outcome: 'allowed', findings: [{ type: 'pii.email', count: 3 }] }),
      sampleEvent({ id: 'event-0002', time: 2000 }),
    ];
    const root = await mountPopup(undefined, events);
    const items = [...root.querySelectorAll('[data-testid="event-list"] li')];
    expect(items.map((li) => li.getAttribute('data-event-id'))).toEqual(['event-0002', 'event-0001']);
    expect(items[0].textContent).toContain('Warned · stopped');
    expect(items[1].textContent).toContain('E-mail address (3)');
    expect(root.textContent).toContain('Showing the latest 2 of 2 events');
  });

  it('exports the whole log as a JSON download', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:fake'));
    const root = await mountPopup(undefined, [sampleEvent()]);
    await act(async () => {
      root.querySelector<HTMLButtonElement>('[data-export="json"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toMatch(/^vigie-log-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    const exported = JSON.parse(await blobs[0].text());
    expect(exported).toMatchObject({ format: 'vigie-usage-log', formatVersion: 1, recordCount: 1, extensionVersion: '0.1.0' });
    expect(exported.events[0].id).toBe('event-0001');
  });
});
