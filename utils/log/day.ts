/**
 * Calendar days as the employee lives them: the browser's local time zone. Visit aggregates and the popup's
 * "today" and "last 7 days" use these; exports keep times in UTC milliseconds and state the local day as text.
 */

/** The local calendar day of a time, as `YYYY-MM-DD`. Pure (given the time zone). */
export function localDay(time: number): string {
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first millisecond of the local day that contains `time`. */
export function startOfLocalDay(time: number): number {
  return new Date(time).setHours(0, 0, 0, 0);
}

/** The local day `count` days before the one that contains `time` (calendar days, so DST changes are harmless). */
export function daysBefore(time: number, count: number): string {
  const date = new Date(time);
  date.setDate(date.getDate() - count);
  return localDay(date.getTime());
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
