import { useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import type { SiteUsage } from '../../utils/log/report-summary';
import { categoryLabel, formatDuration, formatNumber } from '../../utils/report/format';
import { rankSites, type SiteRank } from '../../utils/report/site-usage';
import { useText } from '../../utils/report/text-context';
import { StatusLabel } from './StatusLabel';

/** Props of the site table: the sites (any order) and how many rows to show. */
export interface SiteTableProps {
  sites: readonly SiteUsage[];
  limit: number;
}

// The columns the table can be ranked by: their heading, and the caption's phrase when ranked by them.
const RANKS: readonly { rank: SiteRank; heading: MessageKey; ranked: MessageKey }[] = [
  { rank: 'users', heading: 'reportColPeople', ranked: 'reportSitesByPeople' },
  { rank: 'visitDays', heading: 'reportColDaysUsed', ranked: 'reportSitesByDaysUsed' },
  { rank: 'visits', heading: 'reportColVisits', ranked: 'reportSitesByVisits' },
  { rank: 'activeSeconds', heading: 'reportColActiveTime', ranked: 'reportSitesByActiveTime' },
  { rank: 'events', heading: 'reportColEvents', ranked: 'reportSitesByEvents' },
];

/**
 * The AI sites in use, with their category and status, people, days used, visits, active time, events and
 * pastes: ranked by people at first, and by any of those counts when its column heading is pressed.
 */
export function SiteTable({ sites, limit }: SiteTableProps) {
  const text = useText();
  const { t } = text;
  const [rank, setRank] = useState<SiteRank>('users');
  const ranked = useMemo(() => rankSites(sites, rank), [sites, rank]);
  const shown = ranked.slice(0, limit);
  const current = RANKS.find((r) => r.rank === rank) ?? RANKS[0];
  return (
    <div class="table-wrap">
      <table class="sites" data-testid="sites" data-rank={rank}>
        <caption>
          {t('reportSitesInUse')} <span class="ranked">· {t(current.ranked)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('reportColSite')}</th>
            <th scope="col">{t('reportColCategory')}</th>
            <th scope="col">{t('reportColStatus')}</th>
            {RANKS.map(({ rank: by, heading }) => (
              <th key={by} scope="col" class="num" aria-sort={by === rank ? 'descending' : undefined}>
                <button type="button" class={`sort${by === rank ? ' active' : ''}`} data-rank={by} onClick={() => setRank(by)}>
                  {t(heading)}
                </button>
              </th>
            ))}
            <th scope="col" class="num">{t('reportColPastes')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((site) => (
            <tr key={site.site} data-site={site.site} data-status={site.siteStatus}>
              <th scope="row">{site.site}</th>
              <td>{site.siteCategory === undefined ? '' : categoryLabel(text, site.siteCategory)}</td>
              <td>{site.siteStatus === undefined ? '' : <StatusLabel status={site.siteStatus} />}</td>
              <td class="num">{formatNumber(text, site.users)}</td>
              <td class="num">{formatNumber(text, site.visitDays)}</td>
              <td class="num">{formatNumber(text, site.visits)}</td>
              <td class="num">{formatDuration(text, site.activeSeconds)}</td>
              <td class="num">{formatNumber(text, site.events)}</td>
              <td class="num">{formatNumber(text, site.pastes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="more sites-hint">
        {sites.length > shown.length && `${t('reportShowingOf', [formatNumber(text, shown.length), formatNumber(text, sites.length)])} `}
        {t('reportSitesHint')}
      </p>
    </div>
  );
}
