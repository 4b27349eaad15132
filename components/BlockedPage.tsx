import { useEffect, useState } from 'preact/hooks';
import { pickLanguage, t } from '../utils/i18n';
import { defaultPolicyState, type PolicyState } from '../utils/policy/load';
import { siteInfo, type SiteInfo } from '../utils/policy/sites';
import { SafeLink } from './options/SafeLink';

/** What the interstitial needs; the entry point passes the real browser, tests pass fakes. */
export interface BlockedPageProps {
  /** The `site` query parameter, as received: only ever looked up and shown as text. */
  site: string | null;
  loadPolicy(): Promise<PolicyState | undefined>;
  uiLanguage: string;
  /** Leaves the page if the tab has somewhere to go back to; false when it has not. */
  goBack(): boolean;
}

const HOSTNAME = /^[a-z0-9.-]{1,253}$/;

/** The host the query names, when it looks like one (anything else is not looked up or shown). */
export function blockedHost(site: string | null): string | undefined {
  const host = site?.trim().toLowerCase();
  return host && HOSTNAME.test(host) ? host : undefined;
}

/**
 * The page shown instead of an AI site the organization blocks: which site, why (in the user's language),
 * the sanctioned alternative, the AI policy, and a way back. The query string is trusted for nothing but
 * the host to look up in the policy Vigie publishes.
 */
export function BlockedPage({ site, loadPolicy, uiLanguage, goBack }: BlockedPageProps) {
  const [state, setState] = useState<PolicyState | undefined>();
  const [cannotGoBack, setCannotGoBack] = useState(false);
  const host = blockedHost(site);

  useEffect(() => {
    void loadPolicy().then((next) => setState(next ?? defaultPolicyState(Date.now())));
  }, []);

  const info: SiteInfo | undefined = state && host ? siteInfo(state.sites, host) : undefined;
  const name = info?.name ?? host;
  useEffect(() => {
    document.title = name ? t('blockedPageTitle', name) : t('blockedPageTitleUnknown');
  }, [name]);

  if (!state) {
    return (
      <main class="blocked">
        <p>{t('loading')}</p>
      </main>
    );
  }
  const policy = state.policy;
  const blocked = info?.status === 'blocked';
  const reason = pickLanguage(info?.reason, uiLanguage);
  const alternative = info && info.status !== 'sanctioned' ? (policy.categories[info.category]?.alternative ?? policy.alternative) : policy.alternative;
  return (
    <main class="blocked" data-testid="blocked-page" data-site={host ?? ''} data-blocked={String(blocked)}>
      <h1 data-testid="blocked-site-name">{name ? t('blockedPageTitle', name) : t('blockedPageTitleUnknown')}</h1>
      {host && name !== host && <p class="host">{host}</p>}
      <p>{blocked || !info ? t('blockedPageByOrganization') : t('blockedPageNoLonger')}</p>
      {reason && (
        <p class="reason" data-testid="blocked-reason">
          <strong>{t('blockedPageReasonLabel')}</strong> {reason}
        </p>
      )}
      {alternative && (
        <p class="alternative" data-testid="blocked-alternative">
          {t('blockedPageAlternative')} <SafeLink href={alternative.url}>{alternative.name}</SafeLink>
        </p>
      )}
      {policy.policyUrl && (
        <p data-testid="blocked-policy">
          <SafeLink href={policy.policyUrl}>{t('blockedPagePolicyLink')}</SafeLink>
        </p>
      )}
      <p>
        <button type="button" data-testid="blocked-back" onClick={() => setCannotGoBack(!goBack())}>
          {t('blockedPageBack')}
        </button>
      </p>
      {cannotGoBack && (
        <p role="status" data-testid="blocked-close-hint">
          {t('blockedPageCloseHint')}
        </p>
      )}
      <p class="muted">{t('blockedPageFooter')}</p>
    </main>
  );
}
