import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectNoticeUi, type ExecuteInFrame } from '../utils/guard/inject-notice-ui';
import { openLogStore, retentionCutoff, type AppendContext, type LogStore } from '../utils/log/log-store';
import { receiveEvent } from '../utils/log/receive-event';
import { isLoadNoticeUi } from '../utils/messaging';
import { refreshPolicy } from '../utils/policy/policy-store';

export default defineBackground(() => {
  // Records are anonymous until the policy's logging settings say otherwise (organization policy issue).
  const context: AppendContext = { extensionVersion: browser.runtime.getManifest().version, identity: { mode: 'anonymous' } };
  let store: Promise<LogStore> | undefined;
  const openStore = () => (store ??= openLogStore(context).catch((error: unknown) => {
    store = undefined; // Let the next event try again rather than caching the failure.
    throw error;
  }));
  const areas = { managed: browser.storage.managed, local: browser.storage.local };
  const refresh = () => refreshPolicy(areas).catch((error: unknown) => console.error('Vigie: policy refresh failed', error));

  // Listeners are registered synchronously at start so a message or change wakes the worker and is heard.
  const execute: ExecuteInFrame = (tabId, frameId, file) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  browser.runtime.onMessage.addListener((message, sender) =>
    isLoadNoticeUi(message)
      ? injectNoticeUi(sender, { extensionId: browser.runtime.id, execute })
      : receiveEvent(message, sender, { extensionId: browser.runtime.id, store: openStore, context: () => context }),
  );
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void refresh();
  });
  void refresh();

  // Retention runs once a day; the alarm survives the worker's sleep, and is re-created if a browser lost it.
  const RETENTION_ALARM = 'vigie-retention';
  const applyRetention = () =>
    openStore()
      .then((store) => store.prune({ olderThan: retentionCutoff(Date.now()) }, 'retention', context))
      .catch((error: unknown) => console.error('Vigie: retention failed', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void applyRetention();
  });
  void browser.alarms.get(RETENTION_ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
});
