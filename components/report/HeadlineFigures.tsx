import type { Summary } from '../../utils/log/report-summary';
import { formatDuration, formatNumber } from '../../utils/report/format';
import { useText } from '../../utils/report/text-context';

/** Props of the headline figures: the summary and what the merge found. */
export interface HeadlineFiguresProps {
  summary: Summary;
  files: number;
  duplicates: number;
  conflicts: number;
}

/** The report's headline: files, installs, people, visits, active time, events, period, and the duplicates counted once. */
export function HeadlineFigures({ summary, files, duplicates, conflicts }: HeadlineFiguresProps) {
  const text = useText();
  const { t } = text;
  const figures: [string, string, string][] = [
    ['files', t('reportFigureFiles'), formatNumber(text, files)],
    ['installs', t('reportFigureInstalls'), formatNumber(text, summary.installs)],
    ['people', t('reportFigurePeople'), formatNumber(text, summary.users)],
    ['visits', t('reportFigureVisits'), formatNumber(text, summary.visits)],
    ['active-time', t('reportFigureActiveTime'), formatDuration(text, summary.activeSeconds)],
    ['events', t('reportFigureEvents'), formatNumber(text, summary.events)],
    ['period', t('reportFigurePeriod'), summary.period ? t('reportPeriodRange', [summary.period.from, summary.period.to]) : '–'],
  ];
  return (
    <section class="headline" aria-label={t('reportHeadline')}>
      <dl class="figures">
        {figures.map(([name, label, value]) => (
          <div key={name} class="figure">
            <dt>{label}</dt>
            <dd data-figure={name}>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="merge-notes">
        <span data-testid="duplicates">{t('reportDuplicates', formatNumber(text, duplicates))}</span>
        {conflicts > 0 && <span data-testid="conflicts"> {t('reportConflicts', formatNumber(text, conflicts))}</span>}
        {summary.pruned > 0 && <span> {t('reportPruned', formatNumber(text, summary.pruned))}</span>}
      </p>
    </section>
  );
}
