import {
  csvExportChunks,
  EXPORT_FILE_TYPES,
  exportFileName,
  exportHeader,
  jsonExportChunks,
  ndjsonExportChunks,
  type ExportFormat,
} from './export-formats';
import type { LogStore } from './log-store';
import type { Identity } from './record';

const GENERATORS = { json: jsonExportChunks, ndjson: ndjsonExportChunks, csv: csvExportChunks } as const;

/** What an export says about the policy and the person at export time. */
export interface ExportContext {
  extensionVersion: string;
  identity: Identity;
  policySource?: string;
  policyVersion?: string;
  orgLabel?: string;
  now: number;
}

/**
 * Builds the whole log as a file in `format`: the records are read a page at a time, and each chunk of text
 * becomes a Blob part at once (the browser keeps Blob data outside the page's heap), so 100,000 records never
 * become one giant string and the popup's memory stays small.
 */
export async function exportLogFile(store: LogStore, format: ExportFormat, context: ExportContext): Promise<{ name: string; blob: Blob }> {
  const extent = await store.extent();
  const { installId, ...rest } = extent;
  const header = exportHeader({ installId, exportedAt: context.now, extensionVersion: context.extensionVersion, identity: context.identity, policySource: context.policySource, policyVersion: context.policyVersion, orgLabel: context.orgLabel }, rest);
  const parts: Blob[] = [];
  for await (const chunk of GENERATORS[format](header, store.iterate())) parts.push(new Blob([chunk]));
  return { name: exportFileName(context.now, format), blob: new Blob(parts, { type: EXPORT_FILE_TYPES[format].mediaType }) };
}
