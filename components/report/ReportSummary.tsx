import type { Summary } from '../../utils/log/report-summary';
import { useText } from '../../utils/report/text-context';
import { BarChart } from './BarChart';
import { DayChart } from './DayChart';
import { OverrideTable } from './OverrideTable';
import { RiskTable } from './RiskTable';
import { SiteStatusTable } from './SiteStatusTable';
import { SiteTable } from './SiteTable';

/** How many sites each site table lists. */
export const SITE_LIMIT = 20;
/** How many overrides the override table lists. */
export const OVERRIDE_LIMIT = 50;

/** The report's sections for a summary: sites, statuses, charts, overrides and the riskiest events. */
export function ReportSummary({ summary }: { summary: Summary }) {
  const { t, findingTypeLabel, valueLabel } = useText();
  return (
    <>
      <section class="panel" aria-labelledby="sites-title">
        <h2 id="sites-title">{t('reportSitesTitle')}</h2>
        {summary.sitesByUsers.length === 0 ? (
          <p class="empty">{t('reportNothing')}</p>
        ) : (
          <div class="columns">
            <SiteTable id="sites-by-people" sites={summary.sitesByUsers} caption={t('reportSitesByPeople')} limit={SITE_LIMIT} />
            <SiteTable id="sites-by-events" sites={summary.sitesByEvents} caption={t('reportSitesByEvents')} limit={SITE_LIMIT} />
          </div>
        )}
      </section>
      <section class="panel" aria-labelledby="statuses-title">
        <h2 id="statuses-title">{t('reportStatusesTitle')}</h2>
        <SiteStatusTable statuses={summary.siteStatuses} />
      </section>
      <section class="panel" aria-labelledby="kinds-title">
        <h2 id="kinds-title">{t('reportKindsTitle')}</h2>
        <div class="columns three">
          <BarChart id="by-type" title={t('reportByType')} rows={summary.findingTypes.map((row) => ({ key: row.type, label: findingTypeLabel(row.type), value: row.events }))} />
          <BarChart id="by-action" title={t('reportByAction')} rows={summary.actions.map((row) => ({ key: row.action, label: valueLabel('action', row.action), value: row.events }))} />
          <BarChart id="by-outcome" title={t('reportByOutcome')} rows={summary.outcomes.map((row) => ({ key: row.outcome, label: valueLabel('outcome', row.outcome), value: row.events }))} />
        </div>
      </section>
      <section class="panel" aria-labelledby="days-title">
        <h2 id="days-title">{t('reportPerDayTitle')}</h2>
        <DayChart perDay={summary.perDay} />
      </section>
      <section class="panel" aria-labelledby="overrides-title">
        <h2 id="overrides-title">{t('reportOverridesTitle')}</h2>
        <OverrideTable overrides={summary.overrides} limit={OVERRIDE_LIMIT} />
      </section>
      <section class="panel" aria-labelledby="risky-title">
        <h2 id="risky-title">{t('reportRiskiestTitle')}</h2>
        <RiskTable rows={summary.riskiest} />
      </section>
    </>
  );
}
