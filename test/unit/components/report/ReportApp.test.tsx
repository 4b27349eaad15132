// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportApp, type ReportAppProps } from '../../../../components/report/ReportApp';
import enMessages from '../../../../public/_locales/en/messages.json';
import { catalogText } from '../../../../utils/report/report-text';
import { TextContext } from '../../../../utils/report/text-context';
import { parseExport } from '../../../../utils/log/import-export';
import type { LoadResult } from '../../../../utils/report/load-files';
import { CARD_LIKE, exportFiles, VISIT_ONLY_SITE } from '../../report/report-fixtures';
import { downloadVia } from '../capture-download';

let container: HTMLElement;

function mount(props: ReportAppProps = {}): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  render(
    <TextContext.Provider value={catalogText(enMessages, 'en')}>
      <ReportApp {...props} />
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

/** A table's body rows as the text of their cells. */
const cells = (root: HTMLElement, testId: string) =>
  [...root.querySelectorAll(`[data-testid="${testId}"] tbody tr`)].map((tr) => [...tr.children].map((cell) => cell.textContent));

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
    // Visits are counted apart: 17 visits and 1 h 42 min on AI sites, and still 9 events.
    expect(figure(root, 'visits')).toBe('17');
    expect(figure(root, 'active-time')).toBe('1 h 42 min');
    expect(figure(root, 'events')).toBe('9');
    expect(figure(root, 'period')).toBe('2026-11-01 to 2026-11-03');
    expect(root.querySelector('[data-testid="duplicates"]')?.textContent).toBe('Duplicates counted once: 0.');
    expect(root.querySelector('[data-testid="overrides"] tbody')?.textContent).toContain('Test data for the vendor demo');
    expect(root.querySelector('[data-testid="riskiest"] tbody tr')?.textContent).toContain('GitHub');
  });

  it('shows the AI sites in use, a visited-only site included, ranked by people and by any count on request', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    const table = root.querySelector('[data-testid="sites"]')!;
    expect(table.querySelector('caption')?.textContent).toBe('AI sites visited or used · By number of people');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Site', 'Category', 'Status', 'People', 'Days used', 'Visits', 'Active time', 'Events', 'Pastes']);
    expect(cells(root, 'sites')).toEqual([
      ['chat.example-ai.test', 'Chat assistants', 'Sanctioned', '2', '3', '10', '50 min', '7', '7'],
      [VISIT_ONLY_SITE, 'Image', 'Tolerated', '2', '2', '5', '42 min', '0', '0'],
      ['other.example-ai.test', 'Writing', 'Tolerated', '1', '1', '2', '10 min', '2', '2'],
    ]);
    expect(table.querySelector(`[data-site="${VISIT_ONLY_SITE}"] .status`)?.className).toBe('status status-unsanctioned');
    expect(table.querySelector('th[aria-sort="descending"]')?.textContent).toBe('People');

    const rankBy = async (rank: string) => act(() => table.querySelector<HTMLButtonElement>(`button[data-rank="${rank}"]`)!.click());
    await rankBy('events');
    expect(cells(root, 'sites').map((row) => row[0])).toEqual(['chat.example-ai.test', 'other.example-ai.test', VISIT_ONLY_SITE]);
    expect(table.querySelector('th[aria-sort="descending"]')?.textContent).toBe('Events');
    expect(table.querySelector('caption')?.textContent).toBe('AI sites visited or used · By number of events');
    await rankBy('activeSeconds');
    expect(cells(root, 'sites').map((row) => row[0])).toEqual(['chat.example-ai.test', VISIT_ONLY_SITE, 'other.example-ai.test']);
    expect(table.querySelectorAll('th[aria-sort]')).toHaveLength(1);
  });

  it('shows sanctioned versus unsanctioned usage, detailed by status, and usage by category', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    expect(cells(root, 'site-statuses')).toEqual([
      ['Sanctioned', '1', '2', '10', '50 min', '7'],
      ['Unsanctioned', '2', '2', '7', '52 min', '2'],
      ['Tolerated', '2', '2', '7', '52 min', '2'],
    ]);
    expect(root.querySelector('[data-testid="site-statuses"] tr.sub')?.getAttribute('data-key')).toBe('tolerated');
    expect(cells(root, 'site-categories')).toEqual([
      ['Chat assistants', '1', '2', '10', '50 min', '7'],
      ['Image', '1', '2', '5', '42 min', '0'],
      ['Writing', '1', '1', '2', '10 min', '2'],
    ]);
  });

  it('charts visits and events per day, each on its own scale, with the numbers in a table', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    const chart = root.querySelector('[data-testid="per-day"]')!;
    expect(chart.querySelector('[data-series="visits"] svg')?.getAttribute('aria-label')).toBe('From 2026-11-01 to 2026-11-03: 17 visits, at most 7 in a day (2026-11-01).');
    expect(chart.querySelector('[data-series="events"] svg')?.getAttribute('aria-label')).toBe('From 2026-11-01 to 2026-11-03: 9 events, at most 5 in a day (2026-11-01).');
    expect(chart.querySelectorAll('[data-series="visits"] svg rect')).toHaveLength(3);
    expect([...chart.querySelectorAll('.day-table tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))).toEqual([
      ['Day', 'Visits', 'Events'],
      ['2026-11-01', '7', '5'],
      ['2026-11-02', '6', '2'],
      ['2026-11-03', '4', '2'],
    ]);
    // The findings and actions charts count events only: a visit has no finding and no action.
    expect(root.querySelector('[data-testid="by-type"] [data-key="pii.email"]')?.textContent).toBe('E-mail address3');
    expect(root.querySelector('[data-testid="by-action"] [data-key="block"] .num')?.textContent).toBe('1');
    expect([...root.querySelectorAll('[data-testid="by-action"] tbody .num')].reduce((sum, cell) => sum + Number(cell.textContent), 0)).toBe(9);
    expect(root.querySelector('[data-testid="by-action"] svg rect')).not.toBeNull();
  });

  it('counts a file loaded twice once and says how many duplicates were dropped', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    await choose(root, [['alice (copy).json', alice]]);
    expect(figure(root, 'files')).toBe('3');
    expect(figure(root, 'events')).toBe('9');
    expect(figure(root, 'visits')).toBe('17');
    expect(root.querySelector('[data-testid="duplicates"]')?.textContent).toBe('Duplicates counted once: 10.');
  });

  it('recomputes the summary when a filter changes, visits included', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    await select(root, 'site', 'other.example-ai.test');
    expect(figure(root, 'events')).toBe('2');
    expect(figure(root, 'visits')).toBe('2');
    expect(figure(root, 'people')).toBe('1');
    expect(root.querySelector('[data-testid="record-count"]')?.textContent).toBe('3 of 15 records match the filters');
    // A site only visited: people and visits, no event.
    await select(root, 'site', VISIT_ONLY_SITE);
    expect([figure(root, 'people'), figure(root, 'visits'), figure(root, 'active-time'), figure(root, 'events')]).toEqual(['2', '5', '42 min', '0']);
    await select(root, 'site', '');
    // A finding type filter keeps events with that finding: visits have none.
    await select(root, 'type', 'secret.*');
    expect(figure(root, 'events')).toBe('1');
    expect(figure(root, 'visits')).toBe('0');
    await select(root, 'type', '');
    await select(root, 'orgLabel', 'Sales');
    expect(figure(root, 'events')).toBe('3');
    expect(figure(root, 'visits')).toBe('3');
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
    // 7 events and 3 visit records on that site, the visits with their day, visits and active time.
    expect(lines.slice(1)).toHaveLength(10);
    expect(lines.slice(1).every((line) => line.includes('"chat.example-ai.test"'))).toBe(true);
    expect(lines.filter((line) => line.includes('"visit"'))).toHaveLength(3);
    expect(lines.some((line) => line.includes('"2026-11-01","5","1800"'))).toBe(true);
  });

  it('never shows pasted values: no card-like digit run anywhere in the page', async () => {
    const { alice, bob } = await exportFiles();
    const root = mount();
    await choose(root, [['alice.json', alice], ['bob.ndjson', bob]]);
    expect(alice).toContain(CARD_LIKE);
    expect(root.textContent).not.toContain(CARD_LIKE);
    expect(root.innerHTML).not.toMatch(/\d{13,19}/);
  });

  it('loads this browser\'s log when the extension page offers it, at once when opened from the popup', async () => {
    const { alice } = await exportFiles();
    const parsed = await parseExport('alice.json', alice);
    if (!parsed.ok) throw new Error(parsed.error);
    const calls: string[] = [];
    const loadLocalLog = async (): Promise<LoadResult> => {
      calls.push('load');
      return { loaded: [{ ...parsed, fileName: 'This browser’s log' }], rejected: [] };
    };
    const opened = mount({ loadLocalLog, openWithLocalLog: true });
    await until(() => figure(opened, 'events') === '6', 'the local log to load');
    expect(calls).toEqual(['load']);
    expect(figure(opened, 'visits')).toBe('14');
    render(null, container);
    container.remove();

    const root = mount({ loadLocalLog });
    expect(root.querySelector('[data-testid="no-data"]')).not.toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="load-local"]')!.click());
    await until(() => figure(root, 'files') === '1', 'the local log to load');
    expect(calls).toEqual(['load', 'load']);
  });

  it('offers no local log in the standalone file, and lists a local log that fails like a rejected file', async () => {
    expect(mount().querySelector('[data-action="load-local"]')).toBeNull();
    render(null, container);
    container.remove();
    const root = mount({ loadLocalLog: () => Promise.reject(new Error('the log could not be opened')), openWithLocalLog: true });
    await until(() => root.querySelector('[data-testid="rejected-files"]') !== null, 'the failure to show');
    expect(root.querySelector('[data-testid="rejected-files"] li')?.textContent).toBe('This browser’s log: the log could not be opened');
  });
});
