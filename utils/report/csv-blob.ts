/** The CSV of the report's records as a Blob, built from csvChunks (about 64 KiB per part). */
import { csvChunks, EXPORT_FILE_TYPES, type SourcedRecord } from '../log/export-formats';

/** Collects the CSV chunks of `rows` into a Blob. */
export async function csvBlob(rows: readonly SourcedRecord[]): Promise<Blob> {
  const parts: string[] = [];
  for await (const chunk of csvChunks(rows)) parts.push(chunk);
  return new Blob(parts, { type: `${EXPORT_FILE_TYPES.csv.mediaType};charset=utf-8` });
}

/** The report CSV's file name for a download made at `time`, e.g. vigie-report-2026-11-22.csv. */
export function reportCsvName(time: number): string {
  return `vigie-report-${new Date(time).toISOString().slice(0, 10)}.${EXPORT_FILE_TYPES.csv.extension}`;
}
