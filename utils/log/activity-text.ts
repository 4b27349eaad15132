import { t } from '../i18n';

/** "visits: 3 · active: 12 min · events: 2", leaving out what is zero; used by the glance and the log. */
export function activityText(activity: { visits?: number; activeSeconds?: number; events?: number }): string {
  const parts: string[] = [];
  if (activity.visits) parts.push(t('glanceVisits', String(activity.visits)));
  if (activity.activeSeconds) parts.push(t('glanceActive', String(Math.max(1, Math.round(activity.activeSeconds / 60)))));
  if (activity.events) parts.push(t('glanceEvents', String(activity.events)));
  return parts.join(' · ');
}

/** The label of a site status under the policy (sanctioned, tolerated, blocked); the status itself otherwise. */
export function siteStatusLabel(status: string): string {
  if (status === 'sanctioned') return t('glanceStatus_sanctioned');
  if (status === 'tolerated') return t('glanceStatus_tolerated');
  if (status === 'blocked') return t('glanceStatus_blocked');
  return status;
}
