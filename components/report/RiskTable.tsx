import type { RiskRow } from '../../utils/log/report-summary';
import { formatFindings, formatTime } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';

/** The riskiest events (warned or blocked, with secrets or many findings), riskiest first. */
export function RiskTable({ rows }: { rows: readonly RiskRow[] }) {
  const text = useText();
  const { t, valueLabel } = text;
  if (rows.length === 0) return <p class="empty">{t('reportNoRisky')}</p>;
  return (
    <div class="table-wrap">
      <table data-testid="riskiest">
        <caption>{t('reportRiskiestCaption', String(rows.length))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportColTime')}</th>
            <th scope="col">{t('reportColSite')}</th>
            <th scope="col">{t('reportColPerson')}</th>
            <th scope="col">{t('reportColFindings')}</th>
            <th scope="col">{t('reportColOutcome')}</th>
            <th scope="col">{t('reportColRule')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.installId}-${row.time}-${index}`} data-outcome={row.outcome}>
              <td class="time">{formatTime(text, row.time)}</td>
              <td>{row.site}</td>
              <td>{row.user}</td>
              <td>{formatFindings(text, row.findings)}</td>
              <td class={`action-${row.action}`}>{`${valueLabel('action', row.action)} · ${valueLabel('outcome', row.outcome)}`}</td>
              <td>{row.ruleId ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
