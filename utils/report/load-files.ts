/**
 * Reading many export files one at a time, yielding to the page between them so it stays responsive and can
 * show progress; a file that fails is listed with its error and never stops the others.
 */
import { parseExport, type ParsedExport } from '../log/import-export';

/** What the loader needs from a File (tests pass plain objects). */
export interface ExportFile {
  name: string;
  text(): Promise<string>;
}

/** A file that did not load, and why (the message names the file and where it is wrong). */
export interface RejectedFile {
  fileName: string;
  error: string;
}

/** Where a load stands: files done out of the total, and the file being read. */
export interface LoadProgress {
  done: number;
  total: number;
  current?: string;
}

/** The files that loaded and those that did not, in the order given. */
export interface LoadResult {
  loaded: ParsedExport[];
  rejected: RejectedFile[];
}

/** Lets the browser paint and handle input before the next file. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads and verifies `files` one after the other, reporting progress before each file and at the end. */
export async function loadExportFiles(files: readonly ExportFile[], onProgress: (progress: LoadProgress) => void = () => undefined): Promise<LoadResult> {
  const loaded: ParsedExport[] = [];
  const rejected: RejectedFile[] = [];
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    onProgress({ done: index, total: files.length, current: file.name });
    await nextTask();
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      rejected.push({ fileName: file.name, error: `${file.name}: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const result = await parseExport(file.name, text);
    if (result.ok) loaded.push({ fileName: result.fileName, header: result.header, records: result.records });
    else rejected.push({ fileName: result.fileName, error: result.error });
  }
  onProgress({ done: files.length, total: files.length });
  return { loaded, rejected };
}
