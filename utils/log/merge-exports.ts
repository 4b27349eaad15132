/**
 * Merging many employees' exports for the admins' report. A record is identified by its install (the
 * header's random `installId`) and its id: the same export loaded twice, or two exports of the same install
 * made a week apart, count each record once.
 */
import { EXPORT_FORMAT_VERSION, MERGED_FORMAT, type MergedHeader, type SourcedRecord } from './export-formats';
import type { ParsedExport } from './import-export';
import type { Identity } from './record';

/** What the merge knows about one install: its latest header's identity and label, and the files it came in. */
export interface InstallInfo {
  installId: string;
  identity: Identity;
  orgLabel?: string;
  extensionVersion: string;
  /** The latest export time seen for this install (ISO 8601). */
  exportedAt: string;
  files: string[];
  /** Distinct records of this install after de-duplication. */
  recordCount: number;
}

/** The merged records, sorted by time, and what the merge found along the way. */
export interface MergeResult {
  records: SourcedRecord[];
  installs: InstallInfo[];
  /** Records seen more than once (same install, same id, same hash) and counted once. */
  duplicates: number;
  /** Records with the same install and id but a different hash in two files: the first one read is kept. */
  conflicts: { installId: string; id: string; files: [string, string] }[];
}

/** Merges verified exports: de-duplicates by install and record id, sorts by time (then install, then seq). Pure. */
export function mergeExports(parsed: readonly ParsedExport[]): MergeResult {
  const seen = new Map<string, { hash: string; file: string }>();
  const installs = new Map<string, InstallInfo>();
  const records: SourcedRecord[] = [];
  const conflicts: MergeResult['conflicts'] = [];
  let duplicates = 0;
  for (const file of parsed) {
    const { installId } = file.header;
    const install = installs.get(installId);
    if (install === undefined) {
      installs.set(installId, {
        installId,
        identity: file.header.identity,
        ...(file.header.orgLabel === undefined ? {} : { orgLabel: file.header.orgLabel }),
        extensionVersion: file.header.extensionVersion,
        exportedAt: file.header.exportedAt,
        files: [file.fileName],
        recordCount: 0,
      });
    } else {
      install.files.push(file.fileName);
      if (Date.parse(file.header.exportedAt) > Date.parse(install.exportedAt)) {
        // The newest export says best who the install belongs to now.
        install.identity = file.header.identity;
        install.orgLabel = file.header.orgLabel;
        install.extensionVersion = file.header.extensionVersion;
        install.exportedAt = file.header.exportedAt;
      }
    }
    for (const record of file.records) {
      const key = `${installId}\u0000${record.id}`;
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, { hash: record.hash, file: file.fileName });
        records.push({ installId, record });
        (installs.get(installId) as InstallInfo).recordCount++;
      } else if (earlier.hash === record.hash) {
        duplicates++;
      } else {
        conflicts.push({ installId, id: record.id, files: [earlier.file, file.fileName] });
      }
    }
  }
  records.sort((a, b) => a.record.time - b.record.time || compare(a.installId, b.installId) || a.record.seq - b.record.seq);
  return { records, installs: [...installs.values()], duplicates, conflicts };
}

/** The header line of the merged NDJSON output for merged (and possibly filtered) records. */
export function mergedHeader(rows: readonly SourcedRecord[], mergedAt: number): MergedHeader {
  const perInstall = new Map<string, number>();
  for (const row of rows) perInstall.set(row.installId, (perInstall.get(row.installId) ?? 0) + 1);
  return {
    format: MERGED_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    mergedAt: new Date(mergedAt).toISOString(),
    recordCount: rows.length,
    installs: [...perInstall].map(([installId, recordCount]) => ({ installId, recordCount })),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
