import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../utils/download';
import { t } from '../utils/i18n';
import { exportFileName, toJsonExport } from '../utils/log/export-json';
import type { LogStore } from '../utils/log/log-store';
import type { UsageEvent } from '../utils/messaging';
import { defaultPolicyState, type PolicyState } from '../utils/policy/load';
import { EventList } from './EventList';
import { PolicyStatus } from './PolicyStatus';

/** How many events the popup lists. */
export const POPUP_EVENT_LIMIT = 20;

/** What the popup needs from the browser; the entry point passes real ones, tests pass fakes. */
export interface PopupAppProps {
  loadPolicy(): Promise<PolicyState | undefined>;
  /** Calls `onChange` when the policy in force changes; returns an unsubscribe function. */
  watchPolicy(onChange: () => void): () => void;
  openLog(): Promise<LogStore>;
  extensionVersion: string;
}

/** The popup: status, policy source, the employee's latest events, and the export. */
export function PopupApp({ loadPolicy, watchPolicy, openLog, extensionVersion }: PopupAppProps) {
  const [policy, setPolicy] = useState<PolicyState | undefined>();
  const [events, setEvents] = useState<{ latest: UsageEvent[]; total: number } | undefined>();
  const [logError, setLogError] = useState<string | undefined>();

  useEffect(() => {
    const reload = () => void loadPolicy().then((state) => setPolicy(state ?? defaultPolicyState(Date.now())));
    reload();
    return watchPolicy(reload);
  }, []);

  useEffect(() => {
    openLog()
      .then(async (store) => {
        const [latest, total] = await Promise.all([store.latest(POPUP_EVENT_LIMIT), store.count()]);
        setEvents({ latest, total });
        store.close();
      })
      .catch((error: unknown) => setLogError(String(error)));
  }, []);

  async function exportLog() {
    const store = await openLog();
    try {
      const now = Date.now();
      const all = await store.all();
      const text = toJsonExport(all, { extensionVersion, exportedAt: now, policySource: policy?.source ?? 'default', policyVersion: policy?.policy.policyVersion });
      downloadText(document, exportFileName(now), text, 'application/json');
    } finally {
      store.close();
    }
  }

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {policy ? <PolicyStatus state={policy} /> : <p>{t('loading')}</p>}
      <section class="log">
        <h2>{t('logTitle')}</h2>
        <p class="transparency">{t('logTransparency')}</p>
        {logError ? <p role="alert">{t('logReadError', logError)}</p> : events ? <EventList events={events.latest} total={events.total} /> : <p>{t('loading')}</p>}
        <button type="button" data-export="json" onClick={() => void exportLog().catch((error: unknown) => setLogError(String(error)))}>
          {t('exportJson')}
        </button>
      </section>
    </main>
  );
}
