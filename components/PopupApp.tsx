import { useEffect, useState } from 'preact/hooks';
import { downloadBlob } from '../utils/download';
import { t } from '../utils/i18n';
import { exportLogFile } from '../utils/log/export-file';
import type { ExportFormat } from '../utils/log/export-formats';
import type { Glance, LogStore } from '../utils/log/log-store';
import type { PrepareExportReply } from '../utils/messaging';
import { defaultPolicyState, type PolicyState } from '../utils/policy/load';
import { AtAGlance } from './AtAGlance';
import { AttentionList } from './AttentionList';
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
  /**
   * Asks the background to write today's visits into the log and for the identity in force, before an export.
   * Without it (or when the background does not answer) the export goes on with what the log holds.
   */
  prepareExport?(): Promise<PrepareExportReply | undefined>;
  extensionVersion: string;
  now?: () => number;
  /** Opens the options page (policy in force, tester, settings); without it, the popup shows no such link. */
  openOptions?(): void;
  /** Opens the report page showing this browser's whole log; without it, the popup shows no such link. */
  openReport?(): void;
}

/**
 * The popup: status and policy source, what was stopped today, today and the last 7 days at a glance, the
 * employee's log, the export, and links to the full log (the report page) and to the policy and settings.
 * It opens the log once and reads only what it shows.
 */
export function PopupApp({ loadPolicy, watchPolicy, openLog, prepareExport, extensionVersion, now = Date.now, openOptions, openReport }: PopupAppProps) {
  const [policy, setPolicy] = useState<PolicyState | undefined>();
  const [store, setStore] = useState<LogStore | undefined>();
  const [glance, setGlance] = useState<Glance | undefined>();
  const [logError, setLogError] = useState<string | undefined>();
  const [exportError, setExportError] = useState<string | undefined>();
  // Bumped after an export, which may have written today's visits into the log: the views read it again.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const reload = () => void loadPolicy().then((state) => setPolicy(state ?? defaultPolicyState(Date.now())));
    reload();
    return watchPolicy(reload);
  }, []);

  useEffect(() => {
    let opened: LogStore | undefined;
    let live = true;
    openLog().then(
      (s) => {
        opened = s;
        if (live) setStore(s);
        else s.close();
      },
      (e: unknown) => setLogError(String(e)),
    );
    return () => {
      live = false;
      opened?.close();
    };
  }, []);

  useEffect(() => {
    store?.glance(now()).then(setGlance, (e: unknown) => setLogError(String(e)));
  }, [store, revision]);

  async function exportLog(format: ExportFormat) {
    if (!store) return;
    const prepared = await prepareExport?.().catch((error: unknown) => {
      console.error('Vigie: the background did not prepare the export', error);
      return undefined;
    });
    const inForce = prepared?.ok ? prepared : undefined;
    const file = await exportLogFile(store, format, {
      extensionVersion,
      identity: inForce?.identity ?? { mode: 'anonymous' },
      orgLabel: inForce?.orgLabel,
      policySource: inForce?.policySource ?? policy?.source ?? 'default',
      policyVersion: inForce?.policyVersion ?? policy?.policy.policyVersion,
      now: Date.now(),
    });
    downloadBlob(document, file.name, file.blob);
    setRevision((r) => r + 1);
  }

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {policy ? <PolicyStatus state={policy} /> : <p>{t('loading')}</p>}
      {logError && <p role="alert">{t('logReadError', logError)}</p>}
      {glance && <AttentionList glance={glance} />}
      {glance && <AtAGlance glance={glance} />}
      <section class="log" aria-labelledby="log-title">
        <h2 id="log-title">{t('logTitle')}</h2>
        <p class="transparency">{t('logTransparency')}</p>
        {store ? <LogView store={store} now={now} revision={revision} /> : !logError && <p>{t('loading')}</p>}
        {exportError && <p role="alert">{t('logReadError', exportError)}</p>}
        <div class="exports">
          {EXPORTS.map(([format, label]) => (
            <button key={format} type="button" data-export={format} disabled={!store} onClick={() => void exportLog(format).catch((error: unknown) => setExportError(String(error)))}>
              {t(label)}
            </button>
          ))}
        </div>
      </section>
      {(openReport || openOptions) && (
        <nav class="popup-links" aria-label={t('popupLinks')}>
          {openReport && (
            <button type="button" data-action="open-report" onClick={openReport}>
              {t('popupOpenReport')}
            </button>
          )}{' '}
          {openOptions && (
            <button type="button" data-action="open-options" onClick={openOptions}>
              {t('popupOpenOptions')}
            </button>
          )}
        </nav>
      )}
    </main>
  );
}
