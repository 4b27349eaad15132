import type { OverrideRow } from '../../utils/log/report-summary';
import { formatFindings, formatNumber, formatTime } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';

/** Props of the override table: every override (oldest first) and how many to show. */
export interface OverrideTableProps {
  overrides: readonly OverrideRow[];
  limit: number;
}

/** Overrides (pasted anyway after a warning), newest first, with the reason each person gave. */
export function OverrideTable({ overrides, limit }: OverrideTableProps) {
  const text = useText();
  const { t } = text;
  if (overrides.length === 0) return <p class="empty">{t('reportNoOverrides')}</p>;
  const shown = overrides.slice(-limit).reverse();
  return (
    <div class="table-wrap">
      <table data-testid="overrides">
        <caption>{t('reportOverridesCaption', formatNumber(text, overrides.length))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportColTime')}</th>
            <th scope="col">{t('reportColSite')}</th>
            <th scope="col">{t('reportColPerson')}</th>
            <th scope="col">{t('reportColFindings')}</th>
            <th scope="col">{t('reportColJustification')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row, index) => (
            <tr key={`${row.installId}-${row.time}-${index}`}>
              <td class="time">{formatTime(text, row.time)}</td>
              <td>{row.site}</td>
              <td>{row.user}</td>
              <td>{formatFindings(text, row.findings)}</td>
              <td class="justification">{row.justification ?? <span class="none">{t('reportNoJustification')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {overrides.length > shown.length && <p class="more">{t('reportShowingOf', [formatNumber(text, shown.length), formatNumber(text, overrides.length)])}</p>}
    </div>
  );
}
