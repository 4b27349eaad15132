import { describe, expect, it } from 'vitest';
import { chainRecords } from '../../../utils/log/chain';
import { parseExport } from '../../../utils/log/import-export';
import { pruneRecord, type LogRecord } from '../../../utils/log/record';
import { chainedLog, exportText, fakeMeta, T0 } from './log-fixtures';

async function errorOf(fileName: string, text: string): Promise<string> {
  const result = await parseExport(fileName, text);
  if (result.ok) throw new Error(`${fileName} loaded but should not have`);
  return result.error;
}

describe('parseExport: files that load', () => {
  it.each(['json', 'ndjson'] as const)('reads back a %s export with its header and records', async (format) => {
    const log = await chainedLog(5, (seq) => (seq === 3 ? { outcome: 'overridden', justification: 'client asked, approved by manager' } : {}));
    const result = await parseExport(`alice.${format}`, await exportText(format, log, fakeMeta('install-alice-01', { mode: 'pseudonymous', id: 'u-alice' }, { orgLabel: 'Finance' })));
    expect(result).toMatchObject({ ok: true, fileName: `alice.${format}`, header: { installId: 'install-alice-01', orgLabel: 'Finance', recordCount: 5 } });
    expect(result.ok && result.records).toEqual(log);
  });

  it.each(['json', 'ndjson'] as const)('reads an empty %s export', async (format) => {
    expect(await parseExport(`empty.${format}`, await exportText(format, []))).toMatchObject({ ok: true, records: [] });
  });

  it('reads an export made after pruning', async () => {
    const log = await chainedLog(6);
    const prune = pruneRecord(log[1], 2, 'retention', { seq: 7, id: 'prune-0007', time: T0 + 86_400_000, extensionVersion: '0.2.0', identity: { mode: 'anonymous' } });
    const kept = [...log.slice(2), ...(await chainRecords(log[5].hash, [prune]))];
    expect(await parseExport('pruned.json', await exportText('json', kept))).toMatchObject({ ok: true, header: { firstSeq: 3, lastSeq: 7 } });
  });

  it('tolerates a byte order mark and CRLF line ends', async () => {
    const text = (await exportText('ndjson', await chainedLog(2))).replace(/\n/g, '\r\n');
    expect(await parseExport('windows.ndjson', `\uFEFF${text}`)).toMatchObject({ ok: true });
  });
});

describe('parseExport: files that are refused, with what and where', () => {
  type Corrupt = (text: string, log: LogRecord[]) => string;
  const editRecord = (seq: number, change: (r: Record<string, unknown>) => void): Corrupt => (text) =>
    text
      .split('\n')
      .map((line) => {
        if (!line.includes(`"seq":${seq},`)) return line;
        const comma = line.endsWith(',');
        const record = JSON.parse(comma ? line.slice(0, -1) : line);
        change(record);
        return JSON.stringify(record) + (comma ? ',' : '');
      })
      .join('\n');

  it.each<[string, 'json' | 'ndjson', Corrupt, RegExp]>([
    ['a truncated JSON file', 'json', (t) => t.slice(0, Math.floor(t.length / 2)), /^a\.json: the JSON ends early: the file is truncated$/],
    ['a JSON file cut after a record', 'json', (t) => t.slice(0, t.lastIndexOf('\n]}')), /file is truncated/],
    ['a JSON syntax error', 'json', (t) => t.replace('"records":[', '"records":[}'), /^a\.json: not valid JSON at line 1/],
    ['an NDJSON file cut mid-line', 'ndjson', (t) => t.slice(0, t.length - 40), /^a\.ndjson: line 5 is cut short: the file is truncated$/],
    ['an NDJSON file missing its last lines', 'ndjson', (t) => t.split('\n').slice(0, 3).join('\n') + '\n', /the header says 4 records but the file holds 2: the file is truncated/],
    ['a broken NDJSON line', 'ndjson', (t) => t.replace('{"recordType":"event"', '{"recordType":"event",,'), /^a\.ndjson: line 2 is not valid JSON/],
    ['an unknown format version', 'json', (t) => t.replace('"formatVersion":2', '"formatVersion":3'), /unknown format version 3; this report reads version 2/],
    ['format version 1', 'json', (t) => t.replace('"formatVersion":2', '"formatVersion":1'), /format version 1 \(Vigie 0\.1\) has no install id or hash chain/],
    ['another format', 'json', (t) => t.replace('"vigie-usage-log"', '"something-else"'), /not a Vigie usage log export \(format is "something-else"/],
    ['a header without install id', 'ndjson', (t) => t.replace(/"installId":"install-aaaa-0001",/, ''), /line 1: missing header field "installId"/],
    ['a bad field', 'json', editRecord(2, (r) => (r.size = -5)), /records\[1\] \(seq 2\): field "size" must be a non-negative integer/],
    ['a bad finding type', 'ndjson', editRecord(3, (r) => (r.findings = [{ type: 'Not A Type', count: 1 }])), /line 4 \(seq 3\): field "findings"/],
    ['pasted text riding along', 'json', editRecord(2, (r) => (r.text = '4111 1111 1111 1111')), /records\[1\] \(seq 2\): unexpected field "text"/],
    ['a missing field', 'json', editRecord(4, (r) => delete r.action), /records\[3\] \(seq 4\): missing field "action"/],
    ['an edited record', 'json', editRecord(3, (r) => (r.action = 'allow')), /^a\.json: broken chain at seq 3 \(records\[2\]\): record seq 3 was edited/],
    ['an edited record in NDJSON', 'ndjson', editRecord(3, (r) => (r.outcome = 'allowed')), /^a\.ndjson: broken chain at seq 3 \(line 4\): record seq 3 was edited/],
    ['a removed record', 'ndjson', (t) => t.split('\n').filter((l) => !l.includes('"seq":2,')).join('\n'), /broken chain at seq 3 \(line 3\): seq jumps from 1 to 3: record seq 2 is missing \(removed\)/],
    ['reordered records', 'ndjson', (t) => { const l = t.split('\n'); [l[2], l[3]] = [l[3], l[2]]; return l.join('\n'); }, /broken chain at seq 3 \(line 3\).*reordered/],
    ['a record from another install', 'ndjson', (t) => t.replace(/("recordType":"event","installId":")install-aaaa-0001/, '$1install-bbbb-0002'), /line 2 \(seq 1\): "installId" is not the header's install id/],
    ['a header whose count was edited', 'json', (t) => t.replace('"recordCount":4', '"recordCount":5'), /the header says 5 records but the file holds 4/],
    ['a header whose head was edited', 'json', (t, log) => t.replace(`"chainHead":"${log[3].hash}"`, `"chainHead":"${'b'.repeat(64)}"`), /not the chain head stated in the header/],
    ['last records removed, header adjusted', 'json', (t, log) => t.replace(`,\n${JSON.stringify(log[3])}`, '').replace('"recordCount":4', '"recordCount":3').replace('"lastSeq":4', '"lastSeq":3'), /not the chain head/],
  ])('%s', async (_name, format, corrupt, message) => {
    const log = await chainedLog(4);
    expect(await errorOf(`a.${format}`, corrupt(await exportText(format, log), log))).toMatch(message);
  });

  it.each([
    ['an empty file', '', /^e\.json: the file is empty$/],
    ['a CSV export', '"installId","seq","id"\r\n"install-aaaa-0001","1","event-000001"\r\n', /^e\.json: this is a CSV export.*load the JSON or NDJSON export instead/],
    ['plain text', 'hello', /not a Vigie usage log export: expected a JSON or NDJSON file/],
    ['a JSON array', '[1,2]', /not a Vigie usage log export/],
    ['JSON that is not an object', '{"format":"vigie-usage-log","formatVersion":2,"records":"no"}', /missing header field/],
    ['a merged report', '{"recordType":"header","format":"vigie-merged-log","formatVersion":2}\n', /merged report made by "vigie report merge"/],
  ])('%s', async (_name, text, message) => {
    expect(await errorOf('e.json', text)).toMatch(message);
  });

  it('never throws, whatever the bytes', async () => {
    const good = await exportText('ndjson', await chainedLog(3));
    for (let cut = 0; cut < good.length; cut += 37) {
      const result = await parseExport('cut.ndjson', good.slice(0, cut) + '\u0000{]"');
      expect(result.ok).toBe(false);
    }
  });
});
