import { describe, expect, it } from 'vitest';
import { barLengths, dayColumns, fillDays } from '../../../utils/report/chart-geometry';

describe('chart geometry', () => {
  it('scales bars to the largest value, keeping small non-zero values visible', () => {
    expect(barLengths([{ label: 'a', value: 1000 }, { label: 'b', value: 1 }, { label: 'c', value: 0 }], 100).map((b) => b.length)).toEqual([100, 1, 0]);
    expect(barLengths([{ label: 'a', value: 0 }], 100)[0].length).toBe(0);
  });

  it('fills the days without events or visits with zero', () => {
    expect(fillDays([{ day: '2026-10-31', events: 2, visits: 0 }, { day: '2026-11-02', events: 5, visits: 7 }])).toEqual([
      { day: '2026-10-31', events: 2, visits: 0 },
      { day: '2026-11-01', events: 0, visits: 0 },
      { day: '2026-11-02', events: 5, visits: 7 },
    ]);
    expect(fillDays([])).toEqual([]);
  });

  it('lays out one column per day, the tallest filling the height', () => {
    const columns = dayColumns([{ day: 'a', value: 4 }, { day: 'b', value: 2 }], 100, 50);
    expect(columns.map((c) => [c.height, c.y])).toEqual([[50, 0], [25, 25]]);
    expect(columns[1].x).toBeGreaterThan(columns[0].x + columns[0].width - 0.001);
    expect(columns[1].x + columns[1].width).toBeLessThanOrEqual(100);
  });
});
