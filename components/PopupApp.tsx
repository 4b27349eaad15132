import { useEffect, useState } from 'preact/hooks';
import { downloadBlob } from '../utils/download';
import { t } from '../utils/i18n';
import { exportLogFile } from '../utils/log/export-file';
import type { ExportFormat } from '../utils/log/export-formats';
import type { LogStore } from '../utils/log/log-store';
import { defaultPolicyState, type PolicyState } from '../utils/policy/load';
import { LogView } from './LogView';
import { PolicyStatus } from './PolicyStatus';

const EXPORTS = [
  ['json', 'exportJson'],
  ['ndjson', 'exportNdjson'],
  ['csv', 'exportCsv'],
] as const;

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
  const [exportError, setExportError] = useState<string | undefined>();

  useEffect(() => {
    const reload = () => void loadPolicy().then((state) => setPolicy(state ?? defaultPolicyState(Date.now())));
    reload();
    return watchPolicy(reload);
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
        <LogView openLog={openLog} />
        {exportError && <p role="alert">{t('logReadError', exportError)}</p>}
        <div class="exports">
          {EXPORTS.map(([format, label]) => (
            <button key={format} type="button" data-export={format} onClick={() => void exportLog(format).catch((error: unknown) => setExportError(String(error)))}>
              {t(label)}
            </button>
          ))}
        </div>
      </section>
    </main>
  );
}
