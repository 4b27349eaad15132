import { afterEach, describe, expect, it } from 'vitest';
import { jsonExportChunks } from '../../../utils/log/export-formats';
import { parseExport } from '../../../utils/log/import-export';
import { LOG_DB_NAME, openLogStore, type AppendContext } from '../../../utils/log/log-store';
import { summarize } from '../../../utils/log/report-summary';
import { readLocalLog, type LocalLogSource } from '../../../utils/report/local-log';
import { collect } from '../log/log-fixtures';
import { sampleEvent } from '../sample-event';

const NOW = Date.UTC(2026, 10, 22, 12, 0);
const writer: AppendContext = { extensionVersion: '0.3.0', identity: { mode: 'pseudonymous', id: 'u-local-01' }, orgLabel: 'Finance' };

afterEach(async () => {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(LOG_DB_NAME);
    request.onsuccess = request.onerror = () => resolve();
  });
});

/** A log with two events and today's visits still in the running aggregate (not yet in the chain). */
async function seededLog(): Promise<void> {
  const log = await openLogStore(writer, { now: () => NOW });
  await log.append([sampleEvent({ id: 'event-0001', time: NOW - 60_000 }), sampleEvent({ id: 'event-0002', time: NOW - 30_000, site: 'claude.ai' })], writer);
  await log.foldVisits([{ id: 'report-1-0000', site: 'chatgpt.com', time: NOW - 10_000, visits: 3, activeSeconds: 600, siteStatus: 'tolerated', siteCategory: 'chat' }], writer);
  log.close();
}

function source(overrides: Partial<LocalLogSource> = {}): LocalLogSource {
  return {
    // As the background does before an export: today's visits are written into the chain first.
    prepare: async () => {
      const log = await openLogStore(writer, { now: () => NOW });
      await log.sealVisits(null, writer);
      log.close();
      return { ok: true, identity: writer.identity, orgLabel: 'Finance', policySource: 'managed', policyVersion: '2026-11' };
    },
    open: () => openLogStore(),
    extensionVersion: '0.3.0',
    now: () => NOW,
    name: 'This browser’s log',
    ...overrides,
  };
}

describe('readLocalLog', () => {
  it('reads the whole log, today’s visits included, as an export that verifies', async () => {
    await seededLog();
    const result = await readLocalLog(source());
    expect(result.rejected).toEqual([]);
    const [local] = result.loaded;
    expect(local.fileName).toBe('This browser’s log');
    expect(local.records.map((r) => r.kind)).toEqual(['paste', 'paste', 'visit']);
    expect(local.header).toMatchObject({ identity: writer.identity, orgLabel: 'Finance', policySource: 'managed', policyVersion: '2026-11', recordCount: 3, firstSeq: 1, lastSeq: 3 });
    expect(summarize(local.records.map((record) => ({ installId: local.header.installId, record })))).toMatchObject({ events: 2, visits: 3, activeSeconds: 600 });
    // The same header and records written as a file load back as they are.
    const file = (await collect(jsonExportChunks(local.header, local.records))).join('');
    expect(await parseExport('local.json', file)).toMatchObject({ ok: true, records: local.records });
  });

  it('still reads the log when the background does not answer, with what the log holds', async () => {
    await seededLog();
    const result = await readLocalLog(source({ prepare: () => Promise.reject(new Error('no receiver')) }));
    expect(result.loaded[0].records.map((r) => r.kind)).toEqual(['paste', 'paste']);
    expect(result.loaded[0].header.identity).toEqual({ mode: 'anonymous' });
  });

  it('reports a broken chain or a log that cannot be opened as a rejected source', async () => {
    await seededLog();
    const log = await openLogStore();
    const records = await log.all();
    log.close();
    const edited = records.map((r, i) => (i === 1 ? { ...r, site: 'elsewhere.example' } : r));
    const tampered = await readLocalLog(source({ open: async () => ({ all: async () => edited, extent: async () => ({ installId: 'x', recordCount: 2, firstSeq: 1, lastSeq: 2, chainHead: '' }), close: () => undefined }) }));
    expect(tampered.loaded).toEqual([]);
    expect(tampered.rejected[0].error).toMatch(/^This browser’s log: broken chain at seq 2: record seq 2 was edited/);
    const unopened = await readLocalLog(source({ open: () => Promise.reject(new Error('the database is blocked')) }));
    expect(unopened.rejected).toEqual([{ fileName: 'This browser’s log', error: 'This browser’s log: the database is blocked' }]);
  });
});
