import { partialMask } from '../detect/redact';
import type { Finding } from '../detect/types';

/** A finding as the CLI prints it: exactly the fields of the public interface, in a fixed order. */
export function publicFinding(finding: Finding): Finding {
  return { type: finding.type, start: finding.start, end: finding.end, confidence: finding.confidence, detector: finding.detector };
}

/** Line and column (1-based) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A readable report of one document's findings. Values are partially masked unless `showValues`, so a
 * report can be pasted into a ticket without spreading the data it is about.
 */
export function textReport(name: string, text: string, findings: readonly Finding[], showValues = false): string {
  const header = `${name}: ${findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}`;
  const rows = findings.map((finding) => {
    const { line, column } = lineAndColumn(text, finding.start);
    const raw = text.slice(finding.start, finding.end);
    const shown = (showValues ? raw : partialMask(raw)).replace(/\s+/g, ' ');
    const value = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
    return `  ${`${line}:${column}`.padEnd(9)} ${finding.type.padEnd(30)} ${finding.confidence.padEnd(6)} ${value}  (${finding.detector})`;
  });
  return [header, ...rows].join('\n');
}
