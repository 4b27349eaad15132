import { t } from '../utils/i18n';
import type { Glance } from '../utils/log/log-store';
import { EventList } from './EventList';

/** Warnings that need attention: what Vigie stopped today, newest first (nothing when nothing was stopped). */
export function AttentionList({ glance }: { glance: Pick<Glance, 'stoppedToday' | 'stoppedCount'> }) {
  if (glance.stoppedCount === 0) return null;
  return (
    <section class="attention" data-testid="attention" aria-labelledby="attention-title">
      <h2 id="attention-title">{t('attentionTitle')}</h2>
      <p>{t('attentionStopped', String(glance.stoppedCount))}</p>
      <EventList events={glance.stoppedToday} testId="attention-list" />
    </section>
  );
}
