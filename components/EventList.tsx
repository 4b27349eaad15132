import type { LogRecord } from '../utils/log/record';
import { findingTypeLabel, t, valueLabel } from '../utils/i18n';

function describeFindings(event: LogRecord): string {
  if (!event.findings || event.findings.length === 0) return t('noFindings');
  return event.findings.map((f) => t('findingCount', [findingTypeLabel(f.type), String(f.count)])).join(', ');
}

/** Usage events, newest first, as the employee sees them. */
export function EventList({ events }: { events: LogRecord[] }) {
  return (
    <>
      <ol class="events" data-testid="event-list">
        {events.map((event) => (
          <li key={event.id} data-event-id={event.id} data-action={event.action} data-outcome={event.outcome}>
            <span class="when">{new Date(event.time).toLocaleString()}</span>
            <span class="what">
              {valueLabel('kind', event.kind)} · {event.site}
            </span>
            {event.action && (
              <span class={`action action-${event.action}`}>
                {valueLabel('action', event.action)}
                {event.outcome && ` · ${valueLabel('outcome', event.outcome)}`}
              </span>
            )}
            <span class="found">{describeFindings(event)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
