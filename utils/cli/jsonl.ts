import type { Finding } from '../detect/types';
import { publicFinding } from './scan-format';

/** The answer to one JSONL input line: the output line, and whether the input was well-formed. */
export interface JsonlResult {
  line: string;
  ok: boolean;
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : null;
}

/**
 * Scans one input line `{"id": string, "text": string}` and returns `{"id", "findings"}`; a malformed
 * line returns `{"id", "error"}` instead (id null when it cannot be read), so the run can go on.
 */
export function scanJsonlLine(input: string, lineNumber: number, scanText: (text: string) => Finding[]): JsonlResult {
  let record: unknown;
  try {
    record = JSON.parse(input);
  } catch (error) {
    return { ok: false, line: JSON.stringify({ id: null, error: `line ${lineNumber}: invalid JSON (${(error as Error).message})` }) };
  }
  const id = idOf(record);
  if (id === null) return { ok: false, line: JSON.stringify({ id: null, error: `line ${lineNumber}: "id" must be a string` }) };
  const text = (record as { text?: unknown }).text;
  if (typeof text !== 'string') return { ok: false, line: JSON.stringify({ id, error: `line ${lineNumber}: "text" must be a string` }) };
  try {
    return { ok: true, line: JSON.stringify({ id, findings: scanText(text).map(publicFinding) }) };
  } catch (error) {
    return { ok: false, line: JSON.stringify({ id, error: `line ${lineNumber}: scan failed (${(error as Error).message})` }) };
  }
}
