import type { UsageEvent } from '../utils/messaging';
import { findingTypeLabel, t } from '../utils/i18n';

function describeFindings(event: UsageEvent): string {
  if (event.findings.length === 0) return t('noFindings');
  return event.findings.map((f) => t('findingCount', [findingTypeLabel(f.type), String(f.count)])).join(', ');
}

/** The latest usage events, newest first, as the employee sees them. */
export function EventList({ events, total }: { events: UsageEvent[]; total: number }) {
  if (events.length === 0) return <p class="empty">{t('logEmpty')}</p>;
  return (
    <>
      <p class="count">{t('logCount', [String(events.length), String(total)])}</p>
      <ol class="events" data-testid="event-list">
        {events.map((event) => (
          <li key={event.id} data-event-id={event.id} data-action={event.action} data-outcome={event.outcome}>
            <span class="when">{new Date(event.time).toLocaleString()}</span>
            <span class="what">
              {t('kind_paste')} · {event.site}
            </span>
            <span class={`action action-${event.action}`}>
              {t(`action_${event.action}`)} · {t(`outcome_${event.outcome}`)}
            </span>
            <span class="found">{describeFindings(event)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
