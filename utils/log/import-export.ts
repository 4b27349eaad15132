/**
 * Reading an employee's export back (the report page and the CLI): detects JSON or NDJSON, checks the header
 * and every record, verifies the hash chain against the header, and explains what is wrong with a corrupt
 * file (which file, which line or record, what) without ever throwing, so other files still load.
 */
import { verifyChain } from './chain';
import type { ExportHeader } from './export-formats';
import type { LogRecord } from './record';
import { checkHeader, checkRecord } from './record-schema';

/** An export that loaded: its file name, header and verified records (oldest first). */
export interface ParsedExport {
  fileName: string;
  header: ExportHeader;
  records: LogRecord[];
}

/** The outcome of parseExport(): the export, or an error that names the file and where it is wrong. */
export type ParseResult = ({ ok: true } & ParsedExport) | { ok: false; fileName: string; error: string };

// Where a record sits in its file, for messages: a line of NDJSON or an index in the JSON `records`.
type Locate = (index: number) => string;

/** Parses and verifies an export (JSON or NDJSON, format version 2). Never throws. */
export async function parseExport(fileName: string, text: string): Promise<ParseResult> {
  const fail = (error: string): ParseResult => ({ ok: false, fileName, error: `${fileName}: ${error}` });
  try {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return fail('the file is empty');
    const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n')).trim();
    if (!body.trimStart().startsWith('{')) {
      if (/^"?installId"?,/.test(firstLine)) {
        return fail('this is a CSV export, which is for spreadsheets and cannot be imported (it has no header to check the records against); load the JSON or NDJSON export instead');
      }
      return fail('not a Vigie usage log export: expected a JSON or NDJSON file starting with "{"');
    }
    const firstValue = tryParse(firstLine);
    const isNdjson = firstValue.ok && isObject(firstValue.value) && firstValue.value.recordType === 'header';
    const parsed = isNdjson ? readNdjson(body) : readJson(body);
    if ('error' in parsed) return fail(parsed.error);
    const problem = await checkConsistency(parsed.header, parsed.records, parsed.locate);
    if (problem !== undefined) return fail(problem);
    return { ok: true, fileName, header: parsed.header, records: parsed.records };
  } catch (error) {
    // The checks above are meant to catch everything; this keeps a surprise from stopping the other files.
    return fail(`could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

type Read = { header: ExportHeader; records: LogRecord[]; locate: Locate } | { error: string };

function readJson(body: string): Read {
  const document = tryParse(body);
  if (!document.ok) return { error: jsonSyntaxMessage(body, document.error) };
  if (!isObject(document.value)) return { error: 'not a Vigie usage log export: the JSON is not an object' };
  const checked = checkHeader(document.value, ['records']);
  if ('error' in checked) return { error: checked.error };
  const rawRecords = document.value.records;
  if (!Array.isArray(rawRecords)) return { error: 'the "records" list is missing' };
  const locate: Locate = (index) => `records[${index}]`;
  const records: LogRecord[] = [];
  for (let index = 0; index < rawRecords.length; index++) {
    const result = checkRecord(rawRecords[index]);
    if ('error' in result) return { error: `${locate(index)}${seqOf(rawRecords[index])}: ${result.error}` };
    records.push(result.record);
  }
  return { header: checked.header, records, locate };
}

function readNdjson(body: string): Read {
  const lines = body.split('\n');
  const header = checkHeader(JSON.parse(lines[0]), ['recordType']);
  if ('error' in header) return { error: `line 1: ${header.error}` };
  const records: LogRecord[] = [];
  const lineOf: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const where = `line ${i + 1}`;
    const value = tryParse(line);
    if (!value.ok) {
      const cut = i === lines.length - 1 && !body.endsWith('\n');
      return { error: cut ? `${where} is cut short: the file is truncated` : `${where} is not valid JSON (${value.error})` };
    }
    if (!isObject(value.value)) return { error: `${where}: a record must be a JSON object` };
    const { recordType, installId, ...rest } = value.value;
    if (recordType !== 'event') return { error: `${where}${seqOf(rest)}: "recordType" must be "event", not ${JSON.stringify(recordType) ?? 'missing'}` };
    if (installId !== header.header.installId) return { error: `${where}${seqOf(rest)}: "installId" is not the header's install id` };
    const result = checkRecord(rest);
    if ('error' in result) return { error: `${where}${seqOf(rest)}: ${result.error}` };
    records.push(result.record);
    lineOf.push(i + 1);
  }
  return { header: header.header, records, locate: (index) => `line ${lineOf[index]}` };
}

async function checkConsistency(header: ExportHeader, records: LogRecord[], locate: Locate): Promise<string | undefined> {
  const chain = await verifyChain(records);
  if (!chain.ok) return `broken chain at seq ${chain.seq} (${locate(chain.index)}): ${chain.reason}`;
  if (records.length !== header.recordCount) {
    const how = records.length < header.recordCount ? 'the file is truncated or records were removed' : 'records were added';
    return `the header says ${header.recordCount} records but the file holds ${records.length}: ${how}`;
  }
  const firstSeq = records[0]?.seq ?? null;
  const lastSeq = records[records.length - 1]?.seq ?? null;
  if (firstSeq !== header.firstSeq || lastSeq !== header.lastSeq) {
    return `the header says seq ${header.firstSeq} to ${header.lastSeq} but the records run from ${firstSeq} to ${lastSeq}`;
  }
  if (chain.head !== header.chainHead) {
    return 'the last record\'s hash is not the chain head stated in the header (records were removed at the end, or the header was edited)';
  }
  return undefined;
}

function jsonSyntaxMessage(body: string, error: string): string {
  const position = jsonErrorPosition(body, error);
  if (/end of JSON input|unexpected end of data/i.test(error) || (position !== undefined && position >= body.trimEnd().length)) {
    return 'the JSON ends early: the file is truncated';
  }
  if (position === undefined) return `not valid JSON (${error})`;
  const before = body.slice(0, position);
  const line = before.split('\n').length;
  const detail = error.replace(/^(Unexpected token '.+?'), [\s\S]*$/, '$1');
  return `not valid JSON at line ${line}, column ${before.length - before.lastIndexOf('\n')} (${detail})`;
}

// Where a JSON.parse error happened, from the engine's message: V8 gives a position or a short excerpt of
// the text around the error, Firefox a line and a column.
function jsonErrorPosition(body: string, error: string): number | undefined {
  const position = /at position (\d+)/.exec(error);
  if (position) return Number(position[1]);
  const lineColumn = /at line (\d+) column (\d+)/.exec(error);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line++) offset = body.indexOf('\n', offset) + 1;
    return offset + Number(lineColumn[2]) - 1;
  }
  const excerpt = /^Unexpected token '(.+?)', ([\s\S]*) is not valid JSON$/.exec(error);
  if (excerpt) {
    // The excerpt is quoted when whole, and starts or ends with "..." where it was shortened.
    const text = excerpt[2].replace(/^(\.\.\.|")/, '').replace(/(\.\.\.|")$/, '');
    // Only the part up to the unexpected token is searched for: V8 may shorten what follows it.
    const prefix = text.slice(0, text.indexOf(excerpt[1]) + excerpt[1].length);
    const at = prefix.length > 0 ? body.indexOf(prefix) : -1;
    if (at !== -1) return at + prefix.length - excerpt[1].length;
  }
  return undefined;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function seqOf(value: unknown): string {
  return isObject(value) && typeof value.seq === 'number' ? ` (seq ${value.seq})` : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
