/**
 * This browser's own usage log as a report source, for the report page inside the extension ("Full log and
 * report" in the popup): the background first writes today's visits into the log and says which identity is in
 * force, as it does before an export; the records are then read from the log and their chain verified, so the
 * page shows them exactly as it would show this browser's export file.
 */
import { verifyChain } from '../log/chain';
import { exportHeader, logExtent } from '../log/export-formats';
import type { LogStore } from '../log/log-store';
import type { PrepareExportReply } from '../messaging';
import type { LoadResult } from './load-files';

/** What reading the local log needs; the entry point passes the real log and messaging, tests pass fakes. */
export interface LocalLogSource {
  /** Asks the background to prepare an export (write today's visits); undefined or a failure still reads the log. */
  prepare(): Promise<PrepareExportReply | undefined>;
  /** Opens the log to read. */
  open(): Promise<Pick<LogStore, 'all' | 'extent' | 'close'>>;
  extensionVersion: string;
  now(): number;
  /** The name the page shows for this source, like a file name ("This browser's log"). */
  name: string;
}

/** Reads this browser's log as one loaded export, or one rejected source saying what failed. Never throws. */
export async function readLocalLog(source: LocalLogSource): Promise<LoadResult> {
  const fail = (error: unknown): LoadResult => ({ loaded: [], rejected: [{ fileName: source.name, error: `${source.name}: ${error instanceof Error ? error.message : String(error)}` }] });
  try {
    const prepared = await source.prepare().catch(() => undefined);
    const inForce = prepared?.ok ? prepared : undefined;
    const store = await source.open();
    try {
      const { installId } = await store.extent();
      const records = await store.all();
      const chain = await verifyChain(records);
      if (!chain.ok) return fail(`broken chain at seq ${chain.seq}: ${chain.reason}`);
      const header = exportHeader(
        { installId, extensionVersion: source.extensionVersion, exportedAt: source.now(), identity: inForce?.identity ?? { mode: 'anonymous' }, orgLabel: inForce?.orgLabel, policySource: inForce?.policySource, policyVersion: inForce?.policyVersion },
        // The extent is taken from the records read, so a record appended meanwhile cannot make them disagree.
        logExtent(records),
      );
      return { loaded: [{ fileName: source.name, header, records }], rejected: [] };
    } finally {
      store.close();
    }
  } catch (error) {
    return fail(error);
  }
}
