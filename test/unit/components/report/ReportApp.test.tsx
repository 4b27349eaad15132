// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportApp } from '../../../../components/report/ReportApp';
import enMessages from '../../../../public/_locales/en/messages.json';
import { catalogText } from '../../../../utils/report/report-text';
import { TextContext } from '../../../../utils/report/text-context';
import { CARD_LIKE, exportFiles } from '../../report/report-fixtures';
import { downloadVia } from '../capture-download';

let container: HTMLElement;

function mount(): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(
    <TextContext.Provider value={catalogText(enMessages, 'en')}>
      <ReportApp />
    </TextContext.Provider>,
    container,
  );
  return container;
}

afterEach(() => {
  render(null, container);
  container.remove();
});

/** Waits until `check` passes (the loader yields to the page between files). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Chooses files in the file input, as a user would, and waits for the load to finish. */
async function choose(root: HTMLElement, files: [string, string][]): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: files.map(([name, text]) => new File([text], name, { type: 'application/json' })) });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(() => root.querySelector('[data-testid="load-progress"]') === null && !input.disabled, 'the load to finish');
}

const figure = (root: HTMLElement, name: string) => root.querySelector(`[data-figure="${name}"]`)?.textContent;

async function select(root: HTMLElement, name: string, value: string): Promise<void> {
  const element = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}


describe('ReportApp', () => {
  it('starts empty with a drop zone and a file input for several files', () => {
    const root = mount();
    expect(root.querySelector('[data-testid="no-data"]')?.textContent).toBe('No export loaded yet.');
    expect(root.querySelector('input[type="file"]')?.hasAttribute('multiple')).toBe(true);
  });

  it('loads two exports, lists the truncated one as rejected with its name, and counts the others', async () => {
    const { alice, bob, truncated } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['alice-cut.json', truncated], ['bob.ndjson', bob]]);
    const rejected = root.querySelector('[data-testid="rejected-files"]');
    expect(rejected?.getAttribute('role')).toBe('alert');
    expect([...rejected!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['alice-cut.json: the JSON ends early: the file is truncated']);
    expect(figure(root, 'files')).toBe('2');
    expect(figure(root, 'installs')).toBe('2');
    expect(figure(root, 'people')).toBe('2');
    expect(figure(root, 'events')).toBe('9');
    expect(figure(root, 'period')).toBe('2026-11-01 to 2026-11-03');
    expect(root.querySelector('[data-testid="duplicates"]')?.textContent).toBe('Duplicates counted once: 0.');
    // Sites ranked by people: chat.example-ai.test has both people and 7 events.
    const byPeople = [...root.querySelectorAll('[data-testid="sites-by-people"] tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(byPeople).toEqual([
      ['chat.example-ai.test', 'Sanctioned', '2', '7', '7'],
      ['other.example-ai.test', 'Unsanctioned', '1', '2', '2'],
    ]);
    expect(root.querySelector('[data-testid="site-statuses"] [data-status="unsanctioned"]')?.textContent).toBe('Unsanctioned112');
    // The bar charts carry their numbers as text in a table.
    expect(root.querySelector('[data-testid="by-type"] [data-key="pii.email"]')?.textContent).toBe('E-mail address3');
    expect(root.querySelector('[data-testid="by-action"] [data-key="block"] .num')?.textContent).toBe('1');
    expect(root.querySelector('[data-testid="by-action"] svg rect')).not.toBeNull();
    expect(root.querySelector('[data-testid="per-day"] svg')?.getAttribute('aria-label')).toBe('From 2026-11-01 to 2026-11-03: 9 events, at most 5 in a day (2026-11-01).');
    expect(root.querySelectorAll('[data-testid="per-day"] svg rect')).toHaveLength(3);
    expect(root.querySelector('[data-testid="overrides"] tbody')?.textContent).toContain('Test data for the vendor demo');
    expect(root.querySelector('[data-testid="riskiest"] tbody tr')?.textContent).toContain('GitHub');
  });

  it('counts a file loaded twice once and says how many duplicates were dropped', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    await choose(root, [['alice (copy).json', alice]]);
    expect(figure(root, 'files')).toBe('3');
    expect(figure(root, 'events')).toBe('9');
    expect(root.querySelector('[data-testid="duplicates"]')?.textContent).toBe('Duplicates counted once: 6.');
  });

  it('recomputes the summary when a filter changes', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    await select(root, 'site', 'other.example-ai.test');
    expect(figure(root, 'events')).toBe('2');
    expect(figure(root, 'people')).toBe('1');
    expect(root.querySelector('[data-testid="record-count"]')?.textContent).toBe('2 of 9 records match the filters');
    await select(root, 'site', '');
    await select(root, 'type', 'secret.*');
    expect(figure(root, 'events')).toBe('1');
    await select(root, 'type', '');
    await select(root, 'orgLabel', 'Sales');
    expect(figure(root, 'events')).toBe('3');
  });

  it('exports the filtered records as CSV, one data line per record', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    await select(root, 'site', 'chat.example-ai.test');
    const csv = await downloadVia(root, 'csv');
    expect(csv.name).toMatch(/^vigie-report-\d{4}-\d\d-\d\d\.csv$/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^"installId","seq","id","time"/);
    expect(lines.slice(1)).toHaveLength(7);
    expect(lines.slice(1).every((line) => line.includes('"chat.example-ai.test"'))).toBe(true);
  });

  it('never shows pasted values: no card-like digit run anywhere in the page', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    expect(alice).toContain(CARD_LIKE);
    expect(root.textContent).not.toContain(CARD_LIKE);
    expect(root.innerHTML).not.toMatch(/\d{13,19}/);
  });
});
