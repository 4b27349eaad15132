import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../utils/log/export-formats';
import { runReportCommand } from '../../../utils/cli/report-command';
import { chainedLog, exportText, fakeMeta, T0 } from '../log/log-fixtures';
import { exportFiles, VISIT_ONLY_SITE } from '../report/report-fixtures';

const DAY = 86_400_000;

// Synthetic exports from two fake installs, written as files in a fake file system.
async function files(): Promise<Record<string, string>> {
  const alice = await chainedLog(3, (seq) => ({ site: seq === 3 ? 'shadow-llm.test' : 'chat.example-ai.test', ...(seq === 2 ? { outcome: 'overridden', justification: '=cmd|" /C calc"!A0' } : {}) }), {
    identity: { mode: 'pseudonymous', id: 'u-alice' },
    orgLabel: 'Finance',
  });
  const bob = await chainedLog(2, (seq) => ({ time: T0 + seq * DAY, findings: [{ type: 'secret.github_token', count: 1 }], action: 'block' }));
  const aliceJson = await exportText('json', alice, fakeMeta('install-alice-01', { mode: 'pseudonymous', id: 'u-alice' }, { orgLabel: 'Finance' }));
  return {
    'alice.json': aliceJson,
    'alice-again.json': aliceJson,
    'bob.ndjson': await exportText('ndjson', bob, fakeMeta('install-bob-0002')),
    'truncated.json': aliceJson.slice(0, 300),
    'bob.csv': await exportText('csv', bob, fakeMeta('install-bob-0002')),
  };
}

async function run(argv: string[], fs?: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  fs ??= await files();
  let stdout = '';
  let stderr = '';
  const code = await runReportCommand(argv, {
    readFile: async (path) => {
      if (!(path in fs)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return fs[path];
    },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    now: () => T0 + 40 * DAY,
  });
  return { code, stdout, stderr };
}

/** The report fixtures' exports, with visits: alice.json (three sites, one visited only) and bob.ndjson. */
async function visitFiles(): Promise<Record<string, string>> {
  const { alice, bob } = await exportFiles();
  return { 'alice.json': alice, 'bob.ndjson': bob };
}

describe('vigie report summary', () => {
  it('prints the files loaded and the summaries, with exit status 0 when every file loaded', async () => {
    const { code, stdout, stderr } = await run(['summary', 'alice.json', 'alice-again.json', 'bob.ndjson']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Files loaded: 3');
    expect(stdout).toContain('alice.json: 3 records (seq 1-3), install install-alice-01, u-alice, Finance');
    expect(stdout).toContain('Files rejected: 0');
    expect(stdout).toContain('Records found in more than one file, counted once: 3');
    expect(stdout).toMatch(/events: 5; people: 2; installs: 2/);
    expect(stdout).toMatch(/AI sites by people\n {2}site +people +events +pastes\n {2}chat\.example-ai\.test +2 +4 +4\n {2}shadow-llm\.test +1 +1 +1/);
    expect(stdout).toMatch(/Overrides \(1\)\n {2}2026-11-01 08:02Z {2}chat\.example-ai\.test {2}u-alice {2}rule payment-cards {2}pii\.credit_card:1 {2}reason: "=cmd\|\\" \/C calc\\"!A0"/);
    expect(stdout).toMatch(/Riskiest events\n {2}2026-11-03 08:00Z {2}chat\.example-ai\.test {2}anonymous/);
  });

  it('rejects a truncated file with an error that names it, and still reports the others (exit status 1)', async () => {
    const { code, stdout, stderr } = await run(['summary', 'alice.json', 'truncated.json', 'missing.json', 'bob.csv', 'bob.ndjson']);
    expect(code).toBe(1);
    expect(stderr).toContain('vigie report: rejected truncated.json: the JSON ends early: the file is truncated');
    expect(stderr).toContain("vigie report: rejected missing.json: cannot be read (ENOENT");
    expect(stderr).toContain('vigie report: rejected bob.csv: this is a CSV export');
    expect(stdout).toContain('Files loaded: 2');
    expect(stdout).toContain('Files rejected: 3');
    expect(stdout).toMatch(/events: 5; people: 2/);
  });

  it('applies filters', async () => {
    const { stdout } = await run(['summary', '--org', 'Finance', '--site=shadow-llm.test', 'alice.json', 'bob.ndjson']);
    expect(stdout).toContain('Filters: orgLabel=Finance, site=shadow-llm.test');
    expect(stdout).toMatch(/events: 1; people: 1/);
    const byDate = await run(['summary', '--from', '2026-11-02', '--to', '2026-11-02', 'alice.json', 'bob.ndjson']);
    expect(byDate.stdout).toContain('Filters: from=2026-11-02, to=2026-11-02');
    expect(byDate.stdout).toMatch(/Period: 2026-11-02 to 2026-11-02; events: 1;/);
  });

  it('writes the summary as JSON on request', async () => {
    const { code, stdout } = await run(['summary', '--format', 'json', 'alice.json', 'truncated.json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files.loaded).toEqual([{ file: 'alice.json', installId: 'install-alice-01', records: 3 }]);
    expect(report.files.rejected).toEqual([{ ok: false, fileName: 'truncated.json', error: expect.stringContaining('truncated') }]);
    expect(report.summary).toMatchObject({ events: 3, users: 1 });
  });
});

describe('vigie report summary: shadow AI discovery', () => {
  it('prints visits, active time and days used per site, a visited-only site included, and visits apart from events', async () => {
    const { code, stdout } = await run(['summary', 'alice.json', 'bob.ndjson'], await visitFiles());
    expect(code).toBe(0);
    expect(stdout).toContain('Period: 2026-11-01 to 2026-11-03; events: 9; people: 2; installs: 2; visits: 17; active time: 1:42');
    expect(stdout).toMatch(/AI sites by people\n {2}site +people +events +pastes +visits +active +days +status +category\n/);
    expect(stdout).toMatch(/ {2}chat\.example-ai\.test +2 +7 +7 +10 +0:50 +3 +sanctioned +chat\n/);
    expect(stdout).toMatch(new RegExp(` {2}${VISIT_ONLY_SITE.replace(/\./g, '\\.')} +2 +0 +0 +5 +0:42 +2 +tolerated \\(unsanctioned\\) +image\n`));
    // Ranked by active time, the site nobody pasted into comes before the one with pastes.
    const byTime = stdout.slice(stdout.indexOf('AI sites by active time'));
    expect(byTime.indexOf(VISIT_ONLY_SITE)).toBeLessThan(byTime.indexOf('other.example-ai.test'));
    expect(stdout).toMatch(/Events and visits per day[^\n]*\n {2}day +events +visits\n {2}2026-11-01 +5 +7\n {2}2026-11-02 +2 +6\n {2}2026-11-03 +2 +4\n/);
  });

  it('prints sanctioned versus unsanctioned sites, detailed by status, and the categories', async () => {
    const { stdout } = await run(['summary', 'alice.json', 'bob.ndjson'], await visitFiles());
    expect(stdout).toMatch(/Sanctioned versus unsanctioned[^\n]*\n {2}status +sites +people +visits +active +events\n {2}sanctioned +1 +2 +10 +0:50 +7\n {2}unsanctioned +2 +2 +7 +0:52 +2\n {4}tolerated +2 +2 +7 +0:52 +2\n/);
    expect(stdout).toMatch(/AI site categories\n {2}category +sites +people +visits +active +events\n {2}chat +1 +2 +10 +0:50 +7\n {2}image +1 +2 +5 +0:42 +0\n {2}writing +1 +1 +2 +0:10 +2\n/);
  });

  it('keeps visits when filtering by site and date, and leaves them out when filtering by finding type', async () => {
    const files = await visitFiles();
    const bySite = await run(['summary', '--site', VISIT_ONLY_SITE, 'alice.json', 'bob.ndjson'], files);
    expect(bySite.stdout).toContain('events: 0; people: 2; installs: 2; visits: 5; active time: 0:42');
    const byDay = await run(['summary', '--from', '2026-11-02', '--to', '2026-11-02', 'alice.json', 'bob.ndjson'], files);
    expect(byDay.stdout).toMatch(/events: 2; people: 2; installs: 2; visits: 6; active time: 0:27/);
    const byType = await run(['summary', '--type', 'pii.email', 'alice.json', 'bob.ndjson'], files);
    expect(byType.stdout).toContain('events: 3; people: 1; installs: 1; visits: 0; active time: 0:00');
  });

  it('gives the same figures as JSON', async () => {
    const { stdout } = await run(['summary', '--format', 'json', 'alice.json', 'bob.ndjson'], await visitFiles());
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ events: 9, visits: 17, activeSeconds: 6120 });
    expect(report.summary.sitesByUsers.find((site: { site: string }) => site.site === VISIT_ONLY_SITE)).toMatchObject({ users: 2, events: 0, visits: 5, activeSeconds: 2520, visitDays: 2, siteStatus: 'tolerated', siteCategory: 'image' });
    expect(report.statuses.groups.map((g: { key: string; visits: number }) => [g.key, g.visits])).toEqual([['sanctioned', 10], ['unsanctioned', 7]]);
    expect(report.categories.map((c: { key: string }) => c.key)).toEqual(['chat', 'image', 'writing']);
  });
});

describe('vigie report merge', () => {
  it('keeps visit records with their fields in NDJSON and CSV', async () => {
    const files = await visitFiles();
    const ndjson = await run(['merge', 'alice.json', 'bob.ndjson'], files);
    const lines = ndjson.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ recordType: 'header', recordCount: 15 });
    const visits = lines.filter((line) => line.kind === 'visit');
    expect(visits).toHaveLength(6);
    expect(visits.find((line) => line.site === VISIT_ONLY_SITE && line.installId === 'install-bob-00002')).toMatchObject({
      recordType: 'event',
      siteStatus: 'tolerated',
      siteCategory: 'image',
      visit: { day: '2026-11-02', visits: 1, activeSeconds: 120 },
      identity: { mode: 'email', email: 'bob@example.test' },
      orgLabel: 'Sales',
    });
    expect(visits.every((line) => line.findings === undefined && line.action === undefined)).toBe(true);

    const csv = await run(['merge', '--format', 'csv', 'alice.json', 'bob.ndjson'], files);
    const [head, ...rows] = csv.stdout.trimEnd().split('\r\n').map((line) => line.slice(1, -1).split('","'));
    expect(head).toEqual([...CSV_COLUMNS]);
    const cell = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    const visitRows = rows.filter((row) => cell(row, 'kind') === 'visit');
    expect(visitRows).toHaveLength(6);
    const drawn = visitRows.find((row) => cell(row, 'site') === VISIT_ONLY_SITE && cell(row, 'installId') === 'install-alice-0001')!;
    expect([cell(drawn, 'siteStatus'), cell(drawn, 'siteCategory'), cell(drawn, 'visitDay'), cell(drawn, 'visits'), cell(drawn, 'activeSeconds')]).toEqual(['tolerated', 'image', '2026-11-03', '4', '2400']);
    expect([cell(drawn, 'firstSeen'), cell(drawn, 'lastSeen'), cell(drawn, 'findings'), cell(drawn, 'action')]).toEqual(['2026-11-03T09:00:00.000Z', '2026-11-03T17:00:00.000Z', '', '']);
  });

  it('writes the merged, de-duplicated records as NDJSON by default', async () => {
    const { code, stdout } = await run(['merge', 'alice.json', 'alice-again.json', 'bob.ndjson']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ recordType: 'header', format: 'vigie-merged-log', recordCount: 5, mergedAt: '2026-12-11T08:00:00.000Z' });
    expect(lines.slice(1).map((l) => `${l.installId}#${l.seq}`)).toEqual([
      'install-alice-01#1',
      'install-alice-01#2',
      'install-alice-01#3',
      'install-bob-0002#1',
      'install-bob-0002#2',
    ]);
  });

  it('writes CSV, formula-safe, and keeps going past a rejected file', async () => {
    const { code, stdout, stderr } = await run(['merge', '--format', 'csv', 'truncated.json', 'alice.json']);
    expect(code).toBe(1);
    expect(stderr).toContain('truncated.json');
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines).toHaveLength(5);
    expect(stdout).toContain(`"'=cmd|"" /C calc""!A0"`);
  });
});

describe('vigie report: usage', () => {
  it.each([
    [[], 'missing report command'],
    [['print', 'a.json'], 'unknown report command "print"'],
    [['summary'], 'no export files given'],
    [['merge', '--format', 'json', 'a.json'], '--format for merge must be ndjson or csv'],
    [['summary', '--format', 'csv', 'a.json'], '--format for summary must be text or json'],
    [['summary', '--from', '22/11/2026', 'a.json'], '--from must be a date such as 2026-11-22'],
    [['summary', '--top', '-1', 'a.json'], '--top must be a non-negative integer'],
    [['summary', '--verbose', 'a.json'], 'unknown option "--verbose"'],
  ])('%j is a usage error (exit status 2)', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: vigie report summary');
  });

  it('prints the usage on --help', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: vigie report') });
  });
});
