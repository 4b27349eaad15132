import { dayColumns, fillDays } from '../../utils/report/chart-geometry';
import { formatNumber } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';

/** Props of the day chart: events per day (UTC), oldest first, days without events left out. */
export interface DayChartProps {
  perDay: readonly { day: string; events: number }[];
}

const WIDTH = 720;
const HEIGHT = 160;

/** Events per day as an SVG column chart, summarized in its label, with every day's number in a table below. */
export function DayChart({ perDay }: DayChartProps) {
  const text = useText();
  const { t } = text;
  const days = fillDays(perDay);
  if (days.length === 0) return <p class="empty">{t('reportNothing')}</p>;
  const columns = dayColumns(days, WIDTH, HEIGHT);
  const peak = days.reduce((best, d) => (d.events > best.events ? d : best), days[0]);
  const total = days.reduce((sum, d) => sum + d.events, 0);
  const label = t('reportPerDaySummary', [days[0].day, days[days.length - 1].day, formatNumber(text, total), formatNumber(text, peak.events), peak.day]);
  return (
    <figure class="chart day-chart" data-testid="per-day">
      <div class="day-plot">
        <span class="axis-max" aria-hidden="true">{formatNumber(text, peak.events)}</span>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
          <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} class="axis" />
          {columns.map((column) => (
            <rect key={column.day} x={column.x} y={column.y} width={column.width} height={column.height}>
              <title>{`${column.day}: ${formatNumber(text, column.events)}`}</title>
            </rect>
          ))}
        </svg>
        <div class="axis-days" aria-hidden="true" style={{ width: `${((100 * (columns[columns.length - 1].x + columns[columns.length - 1].width)) / WIDTH).toFixed(2)}%` }}>
          <span>{days[0].day}</span>
          {days.length > 1 && <span>{days[days.length - 1].day}</span>}
        </div>
      </div>
      <figcaption>{label}</figcaption>
      <details>
        <summary>{t('reportShowNumbers')}</summary>
        <table class="day-table">
          <thead>
            <tr>
              <th scope="col">{t('reportColDay')}</th>
              <th scope="col" class="num">{t('reportColEvents')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td class="num">{formatNumber(text, d.events)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
