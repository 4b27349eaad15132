/** Number and time formatting for the report, in the page's locale; times are shown in UTC like the day buckets. */
import type { RecordFinding } from '../log/record';
import type { MessageKey } from '../i18n';
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

/** Formats a duration in seconds as "2 h 05 min", "45 min" or "30 s" (the locale's numbers, the catalog's units). */
export function formatDuration(text: ReportText, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes === 0) return text.t('reportDurationSeconds', formatNumber(text, Math.max(0, Math.round(seconds))));
  if (minutes < 60) return text.t('reportDurationMinutes', formatNumber(text, minutes));
  return text.t('reportDurationHours', [formatNumber(text, Math.floor(minutes / 60)), String(minutes % 60).padStart(2, '0')]);
}

/** A catalog category's label (`code-assistant` -> "Code assistants"); the category itself when it has none. */
export function categoryLabel(text: ReportText, category: string): string {
  if (category === 'unknown') return text.t('reportCategoryUnknown');
  const key = `optionsCategory_${category.replace(/-/g, '_')}` as MessageKey;
  const label = text.t(key);
  return label === key || label === '' ? category : label;
}
