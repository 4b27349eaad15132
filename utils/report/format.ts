/** Number and time formatting for the report, in the page's locale; times are shown in UTC like the day buckets. */
import type { RecordFinding } from '../log/record';
import type { ReportText } from './report-text';

/** Formats an integer with the locale's grouping (1,234 or 1 234). */
export function formatNumber(text: ReportText, value: number): string {
  return new Intl.NumberFormat(text.locale).format(value);
}

/** Formats a time (milliseconds since epoch) as a short UTC date and time. */
export function formatTime(text: ReportText, time: number): string {
  return new Intl.DateTimeFormat(text.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(time);
}

/** Lists findings as "Payment card (2), E-mail address (1)". */
export function formatFindings(text: ReportText, findings: readonly RecordFinding[]): string {
  return findings.map((f) => `${text.findingTypeLabel(f.type)} (${formatNumber(text, f.count)})`).join(', ');
}
