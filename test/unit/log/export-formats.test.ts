import { describe, expect, it } from 'vitest';
import {
  CHUNK_SIZE,
  CSV_COLUMNS,
  csvCell,
  csvExportChunks,
  exportFileName,
  jsonExportChunks,
  ndjsonExportChunks,
  type ExportFormat,
} from '../../../utils/log/export-formats';
import { GENESIS_HASH, type LogRecord } from '../../../utils/log/record';
import { chainedLog, collect, exportText, fakeMeta, headerFor, T0 } from './log-fixtures';

/** A small RFC 4180 reader: quoted fields with doubled quotes, CRLF record ends; refuses anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      if (text[i] !== '"') throw new Error(`unquoted field at ${i}`);
      let value = '';
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error('unterminated field');
        value += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          value += '"';
          i++;
        } else break;
      }
      row.push(value);
      if (text[i] === ',') i++;
      else if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      } else throw new Error(`expected , or CRLF at ${i}`);
    }
    rows.push(row);
  }
  return rows;
}

describe('JSON export', () => {
  it('is one document: the header, then the records oldest first', async () => {
    const log = await chainedLog(3);
    const document = JSON.parse(await exportText('json', log));
    expect(document).toMatchObject({
      format: 'vigie-usage-log',
      formatVersion: 2,
      installId: 'install-aaaa-0001',
      extensionVersion: '0.2.0',
      exportedAt: '2026-12-01T08:00:00.000Z',
      policyVersion: '2026-11',
      identity: { mode: 'anonymous' },
      recordCount: 3,
      firstSeq: 1,
      lastSeq: 3,
      chainHead: log[2].hash,
    });
    expect(document.records).toEqual(log);
  });

  it('writes an empty log as a valid document with the genesis head', async () => {
    const document = JSON.parse(await exportText('json', []));
    expect(document).toMatchObject({ recordCount: 0, firstSeq: null, lastSeq: null, chainHead: GENESIS_HASH, records: [] });
  });

  it('writes one record per line, fields in the documented order', async () => {
    const lines = (await exportText('json', await chainedLog(2))).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^\{"seq":1,"id":"event-000001","time":/);
    expect(lines[2]).toMatch(/"prevHash":"[0-9a-f]{64}","hash":"[0-9a-f]{64}"\}$/);
  });
});

describe('NDJSON export', () => {
  it('has a header line, then one event line per record that carries the install id', async () => {
    const log = await chainedLog(2);
    const lines = (await exportText('ndjson', log)).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ recordType: 'header', format: 'vigie-usage-log', formatVersion: 2, recordCount: 2 });
    expect(lines.slice(1)).toEqual(log.map((record) => ({ recordType: 'event', installId: 'install-aaaa-0001', ...record })));
  });
});

describe('CSV export', () => {
  it('parses back as RFC 4180: a header row, one row per record, findings flattened', async () => {
    const log = await chainedLog(2, (seq) => ({ findings: [{ type: 'pii.email', count: seq }, { type: 'secret.github_token', count: 1 }] }));
    const text = await exportText('csv', log);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[2][i]]));
    expect(row).toMatchObject({
      installId: 'install-aaaa-0001',
      seq: '2',
      time: new Date(T0 + 120_000).toISOString(),
      findings: 'pii.email:2;secret.github_token:1',
      identityMode: 'anonymous',
      identity: '',
      hash: log[1].hash,
    });
  });

  it.each([
    ['=HYPERLINK("http://evil.test","x")', `'=HYPERLINK("http://evil.test","x")`],
    ['+1+2', `'+1+2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['plain reason', 'plain reason'],
    ['a, "quoted"\r\nsecond line', 'a, "quoted"\r\nsecond line'],
  ])('a justification of %j reads back as %j', async (justification, expected) => {
    const log = await chainedLog(1, () => ({ outcome: 'overridden', justification }));
    const rows = parseCsv(await exportText('csv', log));
    expect(rows[1][CSV_COLUMNS.indexOf('justification')]).toBe(expected);
  });

  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('')).toBe('""');
  });

  it('writes the identity of a pseudonymous or e-mail record', async () => {
    const pseudo = await chainedLog(1, () => ({}), { identity: { mode: 'pseudonymous', id: 'user-7f3a' } });
    const email = await chainedLog(1, () => ({}), { identity: { mode: 'email', email: 'ana@corp.example' } });
    const column = CSV_COLUMNS.indexOf('identity');
    expect(parseCsv(await exportText('csv', pseudo))[1][column]).toBe('user-7f3a');
    expect(parseCsv(await exportText('csv', email))[1][column]).toBe('ana@corp.example');
  });
});

describe('streaming', () => {
  const COUNT = 100_000;

  // Records are made lazily by a generator (with fake hashes: the formats do not check the chain), so the
  // test holds neither the records nor the output in memory at once: it only counts.
  function* manyRecords(): Generator<LogRecord> {
    for (let seq = 1; seq <= COUNT; seq++) {
      yield {
        seq,
        id: `event-${String(seq).padStart(8, '0')}`,
        time: T0 + seq * 1000,
        kind: 'paste',
        site: 'chat.example-ai.test',
        size: 40,
        findings: [{ type: 'pii.email', count: 1 }],
        action: 'log',
        outcome: 'allowed',
        policySource: 'default',
        policyMode: 'monitor',
        extensionVersion: '0.2.0',
        identity: { mode: 'anonymous' },
        prevHash: GENESIS_HASH,
        hash: GENESIS_HASH,
      };
    }
  }

  it.each<[ExportFormat, number]>([
    ['json', COUNT + 2],
    ['ndjson', COUNT + 1],
    ['csv', COUNT + 1],
  ])('streams 100,000 records as %s in chunks of about 64 KiB (%i lines)', async (format, expectedLines) => {
    const header = headerFor([], fakeMeta());
    const chunks = format === 'json' ? jsonExportChunks(header, manyRecords()) : format === 'ndjson' ? ndjsonExportChunks(header, manyRecords()) : csvExportChunks(header, manyRecords());
    let count = 0;
    let largest = 0;
    let total = 0;
    let lines = 0;
    for await (const chunk of chunks) {
      count++;
      total += chunk.length;
      largest = Math.max(largest, chunk.length);
      lines += chunk.split('\n').length - 1;
    }
    // JSON: the header line, one line per record, the closing line; the others: a header line and one per record.
    expect(lines).toBe(expectedLines);
    // Dozens of megabytes arrive in many chunks, none much larger than CHUNK_SIZE: never one giant string.
    expect(total).toBeGreaterThan(COUNT * 300);
    expect(count).toBeGreaterThanOrEqual(Math.floor(total / (CHUNK_SIZE + 1000)));
    expect(largest).toBeLessThan(CHUNK_SIZE + 1000);
  }, 60_000);

  it('hands over a small export in one chunk', async () => {
    expect(await collect(jsonExportChunks(headerFor([]), []))).toHaveLength(1);
  });

  it('reads records from an async source, such as a database cursor', async () => {
    const log = await chainedLog(3);
    async function* cursor(): AsyncGenerator<LogRecord> {
      for (const record of log) yield await Promise.resolve(record);
    }
    const text = (await collect(ndjsonExportChunks(headerFor(log), cursor()))).join('');
    expect(text.trimEnd().split('\n')).toHaveLength(4);
  });
});

describe('exportFileName', () => {
  it.each<[ExportFormat, string]>([
    ['json', 'vigie-log-2026-11-22T10-04-05Z.json'],
    ['ndjson', 'vigie-log-2026-11-22T10-04-05Z.ndjson'],
    ['csv', 'vigie-log-2026-11-22T10-04-05Z.csv'],
  ])('%s', (format, name) => {
    expect(exportFileName(Date.UTC(2026, 10, 22, 10, 4, 5, 123), format)).toBe(name);
  });
});
