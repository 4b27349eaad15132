import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { openLogStore } from '../../utils/log/log-store';
import { POPUP_TO_BG_PREPARE_EXPORT, type PrepareExportReply } from '../../utils/messaging';
import { POLICY_STATE_KEY, readPolicyState } from '../../utils/policy/policy-store';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <PopupApp
    loadPolicy={() => readPolicyState(browser.storage.local)}
    watchPolicy={(onChange) => {
      const listener = (changes: Record<string, unknown>, area: string) => area === 'local' && POLICY_STATE_KEY in changes && onChange();
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    }}
    openLog={() => openLogStore()}
    prepareExport={() => browser.runtime.sendMessage({ type: POPUP_TO_BG_PREPARE_EXPORT }) as Promise<PrepareExportReply | undefined>}
    extensionVersion={browser.runtime.getManifest().version}
    openOptions={() => void browser.runtime.openOptionsPage()}
    // #local: the report page loads this browser's whole log at once (the popup shows the latest records only).
    openReport={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html#local') })}
  />,
  document.getElementById('app')!,
);
