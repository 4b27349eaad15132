import type { Summary } from '../../utils/log/report-summary';
import { categoryLabel } from '../../utils/report/format';
import type { StatusBreakdown, UsageRow } from '../../utils/report/site-usage';
import { useText } from '../../utils/report/text-context';
import { BarChart } from './BarChart';
import { DayChart } from './DayChart';
import { OverrideTable } from './OverrideTable';
import { RiskTable } from './RiskTable';
import { SiteStatusTable } from './SiteStatusTable';
import { SiteTable } from './SiteTable';
import { UsageTable } from './UsageTable';

/** How many sites the site table lists. */
export const SITE_LIMIT = 20;
/** How many overrides the override table lists. */
export const OVERRIDE_LIMIT = 50;

/** Props of the summary: the summary of the filtered records, and their usage by status and by category. */
export interface ReportSummaryProps {
  summary: Summary;
  statuses: StatusBreakdown;
  categories: readonly UsageRow[];
}

/**
 * The report's sections for a summary: the AI sites in use (shadow AI discovery), sanctioned versus unsanctioned
 * and by category, findings and actions, visits and events per day, overrides and the riskiest events.
 */
export function ReportSummary({ summary, statuses, categories }: ReportSummaryProps) {
  const text = useText();
  const { t, findingTypeLabel, valueLabel } = text;
  return (
    <>
      <section class="panel" aria-labelledby="sites-title">
        <h2 id="sites-title">{t('reportDiscoveryTitle')}</h2>
        {summary.sitesByUsers.length === 0 ? <p class="empty">{t('reportNothing')}</p> : <SiteTable sites={summary.sitesByUsers} limit={SITE_LIMIT} />}
      </section>
      <div class="columns">
        <section class="panel" aria-labelledby="statuses-title">
          <h2 id="statuses-title">{t('reportStatusesTitle')}</h2>
          <SiteStatusTable breakdown={statuses} />
        </section>
        <section class="panel" aria-labelledby="categories-title">
          <h2 id="categories-title">{t('reportCategoriesTitle')}</h2>
          {categories.length === 0 ? (
            <p class="empty">{t('reportNothing')}</p>
          ) : (
            <UsageTable
              id="site-categories"
              caption={t('reportCategoriesTitle')}
              heading={t('reportColCategory')}
              rows={categories.map((usage) => ({ label: categoryLabel(text, usage.key), usage }))}
            />
          )}
        </section>
      </div>
      <section class="panel" aria-labelledby="days-title">
        <h2 id="days-title">{t('reportActivityTitle')}</h2>
        <DayChart perDay={summary.perDay} />
      </section>
      <section class="panel" aria-labelledby="kinds-title">
        <h2 id="kinds-title">{t('reportKindsTitle')}</h2>
        <div class="columns three">
          <BarChart id="by-type" title={t('reportByType')} rows={summary.findingTypes.map((row) => ({ key: row.type, label: findingTypeLabel(row.type), value: row.events }))} />
          <BarChart id="by-action" title={t('reportByAction')} rows={summary.actions.map((row) => ({ key: row.action, label: valueLabel('action', row.action), value: row.events }))} />
          <BarChart id="by-outcome" title={t('reportByOutcome')} rows={summary.outcomes.map((row) => ({ key: row.outcome, label: valueLabel('outcome', row.outcome), value: row.events }))} />
        </div>
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
