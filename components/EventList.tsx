import type { LogRecord } from '../utils/log/record';
import { findingTypeLabel, t, valueLabel } from '../utils/i18n';
import { activityText } from '../utils/log/activity-text';

function describe(event: LogRecord): string {
  if (event.visit) return activityText(event.visit) || t('glanceNoActivity');
  if (event.prune) return t('pruneDetail', String(event.prune.removedCount));
  if (!event.findings || event.findings.length === 0) return t('noFindings');
  return event.findings.map((f) => t('findingCount', [findingTypeLabel(f.type), String(f.count)])).join(', ');
}

/** Records of the log, newest first, as the employee sees them: what, where, what the policy did, what was found. */
export function EventList({ events, testId = 'event-list' }: { events: LogRecord[]; testId?: string }) {
  return (
    <ol class="events" data-testid={testId}>
      {events.map((event) => (
        <li key={event.id} data-event-id={event.id} data-kind={event.kind} data-action={event.action} data-outcome={event.outcome}>
          <span class="when">{new Date(event.time).toLocaleString()}</span>
          <span class="what">
            {valueLabel('kind', event.kind)}
            {event.site && ` · ${event.site}`}
          </span>
          {event.action && (
            <span class={`action action-${event.action}`}>
              {valueLabel('action', event.action)}
              {event.outcome && ` · ${valueLabel('outcome', event.outcome)}`}
            </span>
          )}
          <span class="found">{describe(event)}</span>
        </li>
      ))}
    </ol>
  );
}
