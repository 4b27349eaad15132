import type { MessageKey } from '../../utils/i18n';
import { dayColumns, fillDays, type DayCounts } from '../../utils/report/chart-geometry';
import { formatNumber } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';

/** Props of the day chart: events (UTC days) and visits (local days) per day, oldest first, days without either left out. */
export interface DayChartProps {
  perDay: readonly DayCounts[];
}

const WIDTH = 720;
const HEIGHT = 110;

// The chart's two series, each on its own scale (a day's visits usually outnumber its events many times).
const SERIES: readonly { key: 'visits' | 'events'; title: MessageKey; summary: MessageKey }[] = [
  { key: 'visits', title: 'reportColVisits', summary: 'reportPerDayVisitsSummary' },
  { key: 'events', title: 'reportColEvents', summary: 'reportPerDaySummary' },
];

/**
 * Visits and events per day as two SVG column charts over the same days, each summarized in its label, with
 * every day's numbers in a table below. A series with nothing in the period (no visit records) is left out.
 */
export function DayChart({ perDay }: DayChartProps) {
  const text = useText();
  const { t } = text;
  const days = fillDays(perDay);
  if (days.length === 0) return <p class="empty">{t('reportNothing')}</p>;
  const shown = SERIES.filter(({ key }) => key === 'events' || days.some((d) => d[key] > 0));
  return (
    <figure class="chart day-chart" data-testid="per-day">
      {shown.map(({ key, title, summary }) => {
        const values = days.map((d) => ({ day: d.day, value: d[key] }));
        const columns = dayColumns(values, WIDTH, HEIGHT);
        const peak = values.reduce((best, d) => (d.value > best.value ? d : best), values[0]);
        const total = values.reduce((sum, d) => sum + d.value, 0);
        const label = t(summary, [days[0].day, days[days.length - 1].day, formatNumber(text, total), formatNumber(text, peak.value), peak.day]);
        const last = columns[columns.length - 1];
        return (
          <div key={key} class={`day-series series-${key}`} data-series={key}>
            <p class="series-title" aria-hidden="true">{t(title)}</p>
            <div class="day-plot">
              <span class="axis-max" aria-hidden="true">{formatNumber(text, peak.value)}</span>
              <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
                <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} class="axis" />
                {columns.map((column) => (
                  <rect key={column.day} x={column.x} y={column.y} width={column.width} height={column.height}>
                    <title>{`${column.day}: ${formatNumber(text, column.value)}`}</title>
                  </rect>
                ))}
              </svg>
              <div class="axis-days" aria-hidden="true" style={{ width: `${((100 * (last.x + last.width)) / WIDTH).toFixed(2)}%` }}>
                <span>{days[0].day}</span>
                {days.length > 1 && <span>{days[days.length - 1].day}</span>}
              </div>
            </div>
            <p class="series-summary">{label}</p>
          </div>
        );
      })}
      <details>
        <summary>{t('reportShowNumbers')}</summary>
        <table class="day-table">
          <thead>
            <tr>
              <th scope="col">{t('reportColDay')}</th>
              {shown.map(({ key, title }) => (
                <th key={key} scope="col" class="num">{t(title)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                {shown.map(({ key }) => (
                  <td key={key} class="num">{formatNumber(text, d[key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
