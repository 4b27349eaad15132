import { render } from 'preact';
import { browser } from 'wxt/browser';
import { identityPermissionFrom } from '../../components/options/identity-permission';
import { OptionsApp } from '../../components/options/OptionsApp';
import { compileCustomDetectors } from '../../utils/detect/custom';
import { t } from '../../utils/i18n';
import { POLICY_STATE_KEY, readPolicyState } from '../../utils/policy/policy-store';
import { validatePolicy } from '../../utils/policy/validate';
import './style.css';

const uiLanguage = browser.i18n.getUILanguage();
document.documentElement.lang = uiLanguage;
document.title = t('optionsTitle');
render(
  <OptionsApp
    loadPolicy={() => readPolicyState(browser.storage.local)}
    watchPolicy={(onChange) => {
      const listener = (changes: Record<string, unknown>, area: string) => area === 'local' && POLICY_STATE_KEY in changes && onChange();
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    }}
    local={browser.storage.local}
    permissions={{ contains: (origins) => browser.permissions.contains({ origins }), request: (origins) => browser.permissions.request({ origins }) }}
    validate={validatePolicy}
    compile={compileCustomDetectors}
    uiLanguage={uiLanguage}
    identityPermission={identityPermissionFrom(browser)}
  />,
  document.getElementById('app')!,
);
