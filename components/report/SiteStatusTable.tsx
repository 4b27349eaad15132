import type { Summary } from '../../utils/log/report-summary';
import { formatNumber } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';
import { StatusLabel } from './StatusLabel';

/** Sanctioned versus unsanctioned sites (and other statuses the policy defines): sites, people, events. */
export function SiteStatusTable({ statuses }: { statuses: Summary['siteStatuses'] }) {
  const text = useText();
  const { t } = text;
  if (statuses.length === 0) return <p class="empty">{t('reportNoStatuses')}</p>;
  return (
    <div class="table-wrap">
      <table data-testid="site-statuses">
        <caption class="visually-hidden">{t('reportStatusesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportColStatus')}</th>
            <th scope="col" class="num">{t('reportColSites')}</th>
            <th scope="col" class="num">{t('reportColPeople')}</th>
            <th scope="col" class="num">{t('reportColEvents')}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((row) => (
            <tr key={row.status} data-status={row.status}>
              <th scope="row"><StatusLabel status={row.status} /></th>
              <td class="num">{formatNumber(text, row.sites)}</td>
              <td class="num">{formatNumber(text, row.users)}</td>
              <td class="num">{formatNumber(text, row.events)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
