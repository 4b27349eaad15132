import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../utils/cli/args';
import { scanJsonlLine } from '../../../utils/cli/jsonl';
import { lineAndColumn, textReport } from '../../../utils/cli/scan-format';
import type { Finding } from '../../../utils/detect/types';

const EMAIL_FINDING: Finding = { type: 'pii.email', start: 5, end: 27, confidence: 'high', detector: 'email' };
const fakeScan = (text: string): Finding[] => (text.includes('@') ? [EMAIL_FINDING] : []);

describe('vigie scan: argument parsing', () => {
  it.each([
    [['scan'], { format: 'text', minConfidence: 'medium', showValues: false, files: [] }],
    [['scan', '--format', 'jsonl'], { format: 'jsonl', files: [] }],
    [['scan', '--format=json', 'a.txt', 'b.txt'], { format: 'json', files: ['a.txt', 'b.txt'] }],
    [['scan', '--min-confidence', 'low', '--show-values', '-'], { minConfidence: 'low', showValues: true, files: ['-'] }],
    [['scan', '--custom', 'specs.json', 'a.txt'], { custom: 'specs.json', files: ['a.txt'] }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [[], 'missing command'],
    [['lint'], 'unknown command "lint"'],
    [['scan', '--format', 'xml'], '--format must be text, json or jsonl'],
    [['scan', '--format'], '--format must be text, json or jsonl'],
    [['scan', '--verbose'], 'unknown option "--verbose"'],
    [['scan', '--custom'], '--custom needs a file'],
  ])('rejects %j', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ error: expect.stringContaining(error) });
  });
});

describe('vigie scan: one JSONL line', () => {
  it.each([
    ['a valid line', '{"id":"a","text":"mail jane.doe@acme-demo.com"}', true, { id: 'a', findings: [EMAIL_FINDING] }],
    ['a numeric id', '{"id":7,"text":"clean"}', true, { id: '7', findings: [] }],
    ['invalid JSON', '{"id":"a",', false, { id: null, error: expect.stringContaining('line 3: invalid JSON') }],
    ['no text', '{"id":"b"}', false, { id: 'b', error: 'line 3: "text" must be a string' }],
    ['no id', '{"text":"x"}', false, { id: null, error: 'line 3: "id" must be a string' }],
    ['not an object', '"just a string"', false, { id: null, error: 'line 3: "id" must be a string' }],
  ])('%s', (_name, input, ok, output) => {
    const result = scanJsonlLine(input, 3, fakeScan);
    expect(result.ok).toBe(ok);
    expect(JSON.parse(result.line)).toEqual(output);
  });

  it('reports a scan failure on its line', () => {
    const result = scanJsonlLine('{"id":"x","text":"t"}', 1, () => {
      throw new Error('boom');
    });
    expect(result).toEqual({ ok: false, line: JSON.stringify({ id: 'x', error: 'line 1: scan failed (boom)' }) });
  });
});

describe('vigie scan: text report', () => {
  it('gives line and column of each finding and masks values by default', () => {
    const text = 'Hi\nmail jane.doe@acme-demo.com';
    const finding = { ...EMAIL_FINDING, start: 8, end: 30 };
    const report = textReport('notes.txt', text, [finding]);
    expect(report).toContain('notes.txt: 1 finding');
    expect(report).toContain('2:6');
    expect(report).toContain('••••.•••@••••-•••o.com');
    expect(report).not.toContain('jane.doe');
    expect(textReport('notes.txt', text, [finding], true)).toContain('jane.doe@acme-demo.com');
  });

  it.each([
    [0, { line: 1, column: 1 }],
    [3, { line: 2, column: 1 }],
    [5, { line: 2, column: 3 }],
  ])('lineAndColumn at %i', (offset, expected) => {
    expect(lineAndColumn('ab\ncde', offset)).toEqual(expected);
  });
});

// The real-process tests start tsx (several seconds on a loaded 2-core machine): they get a hang guard of
// two minutes, which is no timing assertion.
describe('vigie scan --format jsonl (real process, real engine)', () => {
  it('answers one line per input line, in order, and exits 1 when a line was malformed', () => {
    const input = ['{"id":"1","text":"write to jane.doe@acme-demo.com"}', 'garbage', '{"id":"3","text":"nothing to see"}', ''].join('\n');
    const run = spawnSync('npx', ['tsx', 'utils/cli/vigie.ts', 'scan', '--format', 'jsonl'], { input, encoding: 'utf8', timeout: 60_000 });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['1', null, '3']);
    expect(lines[0].findings).toContainEqual({ type: 'pii.email', start: 9, end: 31, confidence: 'high', detector: 'email' });
    expect(lines[1].error).toContain('line 2');
    expect(lines[2].findings).toEqual([]);
    expect(run.status).toBe(1);
  }, 120_000);
});

describe('vigie scan --custom (real process)', () => {
  it('runs the custom detectors of a spec file beside the built-in ones, and rejects an invalid spec by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-cli-'));
    const specs = join(dir, 'specs.json');
    writeFileSync(specs, JSON.stringify([
      { id: 'project-names', kind: 'keywords', terms: ['Opération Faucon'] },
      { id: 'ticket-ids', kind: 'regex', pattern: '\\bSEC-[0-9]{4,6}\\b' },
    ]));
    const input = '{"id":"1","text":"Status of OPERATION FAUCON and SEC-12345"}\n';
    const run = spawnSync('npx', ['tsx', 'utils/cli/vigie.ts', 'scan', '--format', 'jsonl', '--custom', specs], { input, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).findings.map((f: { type: string }) => f.type)).toEqual(['custom.project-names', 'custom.ticket-ids']);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ id: 'ticket-ids', kind: 'regex', pattern: '(unclosed' }]));
    const refused = spawnSync('npx', ['tsx', 'utils/cli/vigie.ts', 'scan', '--custom', bad], { input: 'x', encoding: 'utf8', timeout: 60_000 });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('custom detector "ticket-ids"');
  }, 120_000);
});
