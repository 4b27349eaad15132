import { browser } from 'wxt/browser';
import { findingTypeLabel, t, valueLabel } from '../../utils/i18n';
import { openLogStore } from '../../utils/log/log-store';
import { POPUP_TO_BG_PREPARE_EXPORT, type PrepareExportReply } from '../../utils/messaging';
import { readLocalLog } from '../../utils/report/local-log';
import { mountReport } from '../../utils/report/mount-report';
import './style.css';

// In the extension the strings come from browser.i18n; the standalone file passes a catalog-based ReportText instead.
// The extension page can also read this browser's own log; the popup opens it with #local to show that log at once.
mountReport(
  document.getElementById('app')!,
  { locale: browser.i18n.getUILanguage(), t, findingTypeLabel, valueLabel },
  {
    loadLocalLog: () =>
      readLocalLog({
        prepare: () => browser.runtime.sendMessage({ type: POPUP_TO_BG_PREPARE_EXPORT }) as Promise<PrepareExportReply | undefined>,
        open: () => openLogStore(),
        extensionVersion: browser.runtime.getManifest().version,
        now: Date.now,
        name: t('reportLocalLogName'),
      }),
    openWithLocalLog: location.hash === '#local',
  },
);
