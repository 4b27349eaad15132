import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../utils/log/export-formats';
import { runReportCommand } from '../../../utils/cli/report-command';
import { chainedLog, exportText, fakeMeta, T0 } from '../log/log-fixtures';

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

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const fs = await files();
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

describe('vigie report merge', () => {
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
