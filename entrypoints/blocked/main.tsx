import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BlockedPage } from '../../components/BlockedPage';
import { readPolicyState } from '../../utils/policy/policy-store';
import './style.css';

const uiLanguage = browser.i18n.getUILanguage();
document.documentElement.lang = uiLanguage;
render(
  <BlockedPage
    site={new URLSearchParams(location.search).get('site')}
    loadPolicy={() => readPolicyState(browser.storage.local)}
    uiLanguage={uiLanguage}
    goBack={() => {
      // The entry before this page is the blocked site itself, which would only send the tab back here;
      // two steps back is where the user came from, when the tab has such a page.
      if (history.length <= 2) return false;
      history.go(-2);
      return true;
    }}
  />,
  document.getElementById('app')!,
);
