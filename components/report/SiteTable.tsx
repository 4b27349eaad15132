import type { SiteUsage } from '../../utils/log/report-summary';
import { formatNumber } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';
import { StatusLabel } from './StatusLabel';

/** Props of a site table: the sites in rank order, the table's caption, and how many rows to show. */
export interface SiteTableProps {
  sites: readonly SiteUsage[];
  caption: string;
  limit: number;
  id: string;
}

/** AI sites with their people, events and pastes, the first `limit` of them. */
export function SiteTable({ sites, caption, limit, id }: SiteTableProps) {
  const text = useText();
  const { t } = text;
  const shown = sites.slice(0, limit);
  return (
    <div class="table-wrap">
      <table class="sites" data-testid={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportColSite')}</th>
            <th scope="col">{t('reportColStatus')}</th>
            <th scope="col" class="num">{t('reportColPeople')}</th>
            <th scope="col" class="num">{t('reportColEvents')}</th>
            <th scope="col" class="num">{t('reportColPastes')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((site) => (
            <tr key={site.site} data-site={site.site}>
              <th scope="row">{site.site}</th>
              <td>{site.siteStatus === undefined ? '' : <StatusLabel status={site.siteStatus} />}</td>
              <td class="num">{formatNumber(text, site.users)}</td>
              <td class="num">{formatNumber(text, site.events)}</td>
              <td class="num">{formatNumber(text, site.pastes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sites.length > shown.length && <p class="more">{t('reportShowingOf', [formatNumber(text, shown.length), formatNumber(text, sites.length)])}</p>}
    </div>
  );
}
