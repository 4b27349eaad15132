import type { StatusBreakdown } from '../../utils/report/site-usage';
import { useText } from '../../utils/report/text-context';
import { StatusLabel } from './StatusLabel';
import { UsageTable, type UsageTableRow } from './UsageTable';

/**
 * Sanctioned versus unsanctioned AI sites: sites, people, visits, active time and events per group, the
 * unsanctioned group detailed by status (tolerated, blocked, or a status the policy defines).
 */
export function SiteStatusTable({ breakdown }: { breakdown: StatusBreakdown }) {
  const { t } = useText();
  if (breakdown.groups.length === 0) return <p class="empty">{t('reportNothing')}</p>;
  const rows: UsageTableRow[] = breakdown.groups.flatMap((group) => [
    { label: <StatusLabel status={group.key} />, usage: group },
    // A single status that is the whole group (all unsanctioned sites are tolerated, say) still gets its row: it names the status.
    ...group.statuses.map((status) => ({ label: <StatusLabel status={status.key} />, usage: status, sub: true })),
  ]);
  return (
    <>
      <UsageTable id="site-statuses" caption={t('reportStatusesCaption')} heading={t('reportColStatus')} rows={rows} />
      {breakdown.groups.every((group) => group.key === 'unclassified') && <p class="more">{t('reportNoStatuses')}</p>}
    </>
  );
}
