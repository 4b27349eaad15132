import { redactLabels } from '../detect/redact';
import type { Finding } from '../detect/types';

/** The longest excerpt a record holds (the background refuses longer ones). */
export const EXCERPT_LENGTH = 300;

/**
 * A short excerpt around the first finding, with every finding in it masked, for policies that ask for
 * redacted excerpts. Findings cut by the excerpt's edges widen it, so no value is ever half shown.
 */
export function redactedExcerpt(text: string, findings: readonly Finding[], length = EXCERPT_LENGTH): string {
  const first = findings.reduce((a, b) => (b.start < a.start ? b : a));
  let start = Math.max(0, first.start - 60);
  let end = Math.min(text.length, start + length);
  for (const finding of findings) {
    if (finding.start < start && finding.end > start) start = finding.start;
    if (finding.start < end && finding.end > end) end = finding.end;
  }
  const inside = findings.filter((f) => f.start >= start && f.end <= end).map((f) => ({ ...f, start: f.start - start, end: f.end - start }));
  const masked = redactLabels(text.slice(start, end), inside).replace(/\s+/g, ' ').trim();
  return masked.length <= length ? masked : `${masked.slice(0, length - 1)}…`;
}
