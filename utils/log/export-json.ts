import type { UsageEvent } from '../messaging';

/** Version of the JSON export format; bumped when a field changes meaning. */
export const EXPORT_FORMAT_VERSION = 1;

/** What an export says about where it comes from. */
export interface ExportMeta {
  extensionVersion: string;
  exportedAt: number;
  policyVersion?: string;
  policySource: string;
}

/** The usage log as one JSON document: a header, then the events oldest first. Pure. */
export function toJsonExport(events: readonly UsageEvent[], meta: ExportMeta): string {
  const document = {
    format: 'vigie-usage-log',
    formatVersion: EXPORT_FORMAT_VERSION,
    extensionVersion: meta.extensionVersion,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    policySource: meta.policySource,
    policyVersion: meta.policyVersion,
    recordCount: events.length,
    events,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name for an export made at `time`, e.g. vigie-log-2026-11-22T10-04-05Z.json. */
export function exportFileName(time: number): string {
  return `vigie-log-${new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}.json`;
}
