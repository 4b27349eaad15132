import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectScript, type ExecuteInFrame } from '../utils/guard/inject-script';
import { profileEmailFrom } from '../utils/log/identity';
import { createLogService } from '../utils/log/log-service';
import { isLoadScript, isSiteBlocked } from '../utils/messaging';
import { blockedPageUrl, checkBlockedSender } from '../utils/policy/blocked-site';
import { EXTRA_GUARD_ID, syncExtraHosts } from '../utils/policy/extra-hosts';
import { isPolicyInputChange, readPolicyState, refreshPolicy } from '../utils/policy/policy-store';
import { buildSiteTable, extraMatchPatterns } from '../utils/policy/site-table';
import { validatePolicy } from '../utils/policy/validate';

export default defineBackground(() => {
  // The usage log: events and visits from content scripts, exports, retention (utils/log/log-service.ts).
  const log = createLogService({ extensionId: browser.runtime.id, extensionVersion: browser.runtime.getManifest().version, extensionOrigin: new URL(browser.runtime.getURL('/')).origin, local: browser.storage.local, profileEmail: profileEmailFrom(browser) });
  const areas = { managed: browser.storage.managed, local: browser.storage.local };

  // Guard the hosts the policy adds, where the employee granted access (options page).
  const extraHosts = async () => {
    const state = await readPolicyState(areas.local);
    if (!state) return;
    await syncExtraHosts(extraMatchPatterns(state.policy), {
      hasOrigin: (origin) => browser.permissions.contains({ origins: [origin] }),
      registered: () => browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_GUARD_ID] }),
      register: (registration) => browser.scripting.registerContentScripts([registration]),
      unregister: () => browser.scripting.unregisterContentScripts({ ids: [EXTRA_GUARD_ID] }),
    });
  };
  // Refreshes run one after another, so a slow validation never publishes over a newer state.
  let refreshing: Promise<unknown> = Promise.resolve();
  const refresh = () =>
    (refreshing = refreshing
      .then(() => refreshPolicy(areas, { validate: validatePolicy, siteTable: (policy) => buildSiteTable(policy) }))
      .then(extraHosts)
      .catch((error: unknown) => console.error('Vigie: policy refresh failed', error)));

  // Listeners are registered synchronously at start so a message or change wakes the worker and is heard.
  // At once, not at document_idle (the default): a page still loading may need the guard or its notice now
  // (content held back by the early guard, utils/guard/early.ts).
  const execute: ExecuteInFrame = (tabId, frameId, file, world) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true, world });
  browser.runtime.onMessage.addListener((message, sender) => {
    const extensionId = browser.runtime.id;
    if (isLoadScript(message)) return injectScript(message.script, sender, { extensionId, execute });
    if (isSiteBlocked(message)) {
      return readPolicyState(areas.local).then((state) => {
        const blocked = checkBlockedSender(sender, state, extensionId);
        if ('error' in blocked) return { ok: false, error: blocked.error };
        return browser.tabs.update(blocked.tabId, { url: browser.runtime.getURL(blockedPageUrl(blocked.host)) }).then(() => ({ ok: true }));
      });
    }
    return log.receive(message, sender);
  });
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (isPolicyInputChange(changes, areaName)) void refresh();
  });
  browser.permissions.onAdded.addListener(() => void extraHosts().catch((error: unknown) => console.error('Vigie: could not guard policy hosts', error)));
  void refresh();

  // Retention runs once a day; the alarm survives the worker's sleep, and is re-created if a browser lost it.
  const RETENTION_ALARM = 'vigie-retention';
  const applyRetention = () => log.applyRetention();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void applyRetention().catch((error: unknown) => console.error('Vigie: retention failed', error));
  });
  void browser.alarms.get(RETENTION_ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
});
