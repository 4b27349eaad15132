import { useEffect, useState } from 'preact/hooks';
import { downloadBlob } from '../utils/download';
import { t } from '../utils/i18n';
import { exportLogFile } from '../utils/log/export-file';
import type { ExportFormat } from '../utils/log/export-formats';
import type { LogStore } from '../utils/log/log-store';
import type { LogRecord } from '../utils/log/record';
import { defaultPolicyState, type PolicyState } from '../utils/policy/load';
import { EventList } from './EventList';
import { PolicyStatus } from './PolicyStatus';

const EXPORTS = [
  ['json', 'exportJson'],
  ['ndjson', 'exportNdjson'],
  ['csv', 'exportCsv'],
] as const;

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
  const [events, setEvents] = useState<{ latest: LogRecord[]; total: number } | undefined>();
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

  async function exportLog(format: ExportFormat) {
    const store = await openLog();
    try {
      const file = await exportLogFile(store, format, {
        extensionVersion,
        // Records are anonymous until the policy's logging settings say otherwise.
        identity: { mode: 'anonymous' },
        policySource: policy?.source ?? 'default',
        policyVersion: policy?.policy.policyVersion,
        now: Date.now(),
      });
      downloadBlob(document, file.name, file.blob);
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
        <div class="exports">
          {EXPORTS.map(([format, label]) => (
            <button key={format} type="button" data-export={format} onClick={() => void exportLog(format).catch((error: unknown) => setLogError(String(error)))}>
              {t(label)}
            </button>
          ))}
        </div>
      </section>
    </main>
  );
}
