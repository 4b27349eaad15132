/** Geometry of the report's small SVG charts (horizontal bars and day columns). Pure. */

/** A horizontal bar: its length in the plot's units. */
export interface Bar {
  label: string;
  value: number;
  length: number;
}

/** Scales values to bars, the largest filling `width`; a non-zero value gets at least one unit so it shows. */
export function barLengths(rows: readonly { label: string; value: number }[], width: number): Bar[] {
  const max = Math.max(0, ...rows.map((row) => row.value));
  return rows.map((row) => ({ ...row, length: max === 0 ? 0 : Math.max(row.value > 0 ? 1 : 0, Math.round((row.value / max) * width * 100) / 100) }));
}

const DAY = 86_400_000;

/** A day's counts, as Summary.perDay gives them. */
export interface DayCounts {
  day: string;
  events: number;
  visits: number;
}

/** Every day from the first to the last of `perDay` (ISO dates, oldest first), with the counts given and zero elsewhere. */
export function fillDays(perDay: readonly DayCounts[]): DayCounts[] {
  if (perDay.length === 0) return [];
  const counts = new Map(perDay.map((d) => [d.day, d]));
  const start = Date.parse(`${perDay[0].day}T00:00:00Z`);
  const end = Date.parse(`${perDay[perDay.length - 1].day}T00:00:00Z`);
  const days: DayCounts[] = [];
  for (let time = start; time <= end; time += DAY) {
    const day = new Date(time).toISOString().slice(0, 10);
    days.push({ day, events: counts.get(day)?.events ?? 0, visits: counts.get(day)?.visits ?? 0 });
  }
  return days;
}

/** A column of the day chart, in SVG units (y grows downwards). */
export interface Column {
  day: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lays out one column per day in a `width` x `height` plot, at most `maxStep` wide (a few days do not make
 * slabs), with a gap between columns when they are wide enough.
 */
export function dayColumns(days: readonly { day: string; value: number }[], width: number, height: number, maxStep = width / 12): Column[] {
  const max = Math.max(0, ...days.map((d) => d.value));
  const step = days.length === 0 ? 0 : Math.min(maxStep, width / days.length);
  const gap = step >= 4 ? Math.min(2, step * 0.2) : 0;
  return days.map((d, index) => {
    const columnHeight = max === 0 ? 0 : Math.max(d.value > 0 ? 1 : 0, (d.value / max) * height);
    return { day: d.day, value: d.value, x: round(index * step + gap / 2), y: round(height - columnHeight), width: round(step - gap), height: round(columnHeight) };
  });
}

// SVG coordinates are rounded to hundredths: finer is invisible and only bloats the markup.
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
