import { barLengths } from '../../utils/report/chart-geometry';
import { formatNumber } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';

/** Props of a bar chart: its title, the rows in display order, and a test id. */
export interface BarChartProps {
  title: string;
  rows: readonly { key: string; label: string; value: number }[];
  id: string;
}

// The bar's drawing width in SVG units; the SVG stretches to its cell, so this only sets the proportions.
const BAR_WIDTH = 100;

/**
 * A horizontal bar chart drawn as a table: each row has its label, an inline SVG bar and its number, so the
 * figures are readable (and read out by screen readers) without seeing the bars.
 */
export function BarChart({ title, rows, id }: BarChartProps) {
  const text = useText();
  const { t } = text;
  const bars = barLengths(rows, BAR_WIDTH);
  return (
    <figure class="chart bar-chart">
      <table data-testid={id}>
        <caption>{title}</caption>
        <thead class="visually-hidden">
          <tr>
            <th scope="col">{t('reportColName')}</th>
            <th scope="col">{t('reportColChart')}</th>
            <th scope="col">{t('reportColEvents')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.length === 0 && (
            <tr>
              <td colSpan={3} class="empty">{t('reportNothing')}</td>
            </tr>
          )}
          {bars.map((bar, index) => (
            <tr key={rows[index].key} data-key={rows[index].key}>
              <th scope="row">{bar.label}</th>
              <td class="bar-cell">
                <svg viewBox={`0 0 ${BAR_WIDTH} 10`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect x="0" y="1" width={bar.length} height="8" rx="1" />
                </svg>
              </td>
              <td class="num">{formatNumber(text, bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
