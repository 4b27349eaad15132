import { t, valueLabel } from '../utils/i18n';
import type { Glance } from '../utils/log/log-store';
import { activeSites, type DayTally } from '../utils/log/tally';
import { activityText, siteStatusLabel } from '../utils/log/activity-text';

/** How many sites a period lists before "and N more". */
const SITES_SHOWN = 5;

function Period({ id, title, tally }: { id: string; title: string; tally: DayTally }) {
  const sites = activeSites(tally);
  const actions = Object.entries(tally.actions).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return (
    <section class="glance-period" data-period={id} aria-labelledby={`glance-${id}`}>
      <h3 id={`glance-${id}`}>{title}</h3>
      <p class="glance-label">{t('glanceSites', String(sites.length))}</p>
      {sites.length > 0 && (
        <ul class="glance-sites">
          {sites.slice(0, SITES_SHOWN).map((site) => (
            <li key={site.site} data-site={site.site} data-site-status={site.siteStatus}>
              <span class="site">{site.site}</span>
              {site.siteStatus && <span class={`site-status status-${site.siteStatus}`}> ({siteStatusLabel(site.siteStatus)})</span>}
              <span class="activity">{activityText(site)}</span>
            </li>
          ))}
          {sites.length > SITES_SHOWN && <li class="more">{t('glanceMoreSites', String(sites.length - SITES_SHOWN))}</li>}
        </ul>
      )}
      <p class="glance-label">{t('glanceByAction')}</p>
      {actions.length === 0 ? (
        <p class="empty">{t('glanceNoEvents')}</p>
      ) : (
        <ul class="glance-actions">
          {actions.map(([action, count]) => (
            <li key={action} data-action={action}>
              {valueLabel('action', action)}: <strong>{count}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Today and the last 7 days at a glance: the AI sites used (visits, active time, events) and events by action. */
export function AtAGlance({ glance }: { glance: Glance }) {
  return (
    <section class="glance" data-testid="glance" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('glanceTitle')}</h2>
      <div class="glance-periods">
        <Period id="today" title={t('periodToday')} tally={glance.today} />
        <Period id="week" title={t('period7')} tally={glance.week} />
      </div>
    </section>
  );
}
