import { t, type MessageKey } from '../../utils/i18n';
import type { PolicyState } from '../../utils/policy/load';
import { PolicyDetectors } from './PolicyDetectors';
import { PolicyRules } from './PolicyRules';
import { PolicySettings } from './PolicySettings';
import { PolicySites } from './PolicySites';
import { SafeLink } from './SafeLink';

/** The policy in force in readable form: where it comes from, its mode, sites, rules, detectors and settings. */
export function PolicyView({ state, uiLanguage }: { state: PolicyState; uiLanguage: string }) {
  const { policy } = state;
  return (
    <section class="panel" aria-labelledby="policy-title" data-testid="policy-view">
      <h2 id="policy-title">{t('optionsPolicyTitle')}</h2>
      <dl class="facts">
        <dt>{t('optionsSourceLabel')}</dt>
        <dd data-testid="policy-source">{t(`optionsSource_${state.source}` as MessageKey)}</dd>
        <dt>{t('optionsVersionLabel')}</dt>
        <dd data-testid="policy-version">{policy.policyVersion ?? t('optionsNotSet')}</dd>
        <dt>{t('optionsModeLabel')}</dt>
        <dd>{t(`optionsMode_${policy.mode}` as MessageKey)}</dd>
        <dt>{t('optionsFailModeLabel')}</dt>
        <dd>{t(`optionsFailMode_${policy.failMode}` as MessageKey)}</dd>
        <dt>{t('optionsPolicyUrlLabel')}</dt>
        <dd>{policy.policyUrl ? <SafeLink href={policy.policyUrl}>{policy.policyUrl}</SafeLink> : t('optionsNotSet')}</dd>
        <dt>{t('optionsUpdatedLabel')}</dt>
        <dd>{new Date(state.updatedAt).toLocaleString(uiLanguage)}</dd>
      </dl>
      <PolicySites policy={policy} uiLanguage={uiLanguage} />
      <PolicyRules policy={policy} uiLanguage={uiLanguage} />
      <PolicyDetectors policy={policy} />
      <PolicySettings policy={policy} />
    </section>
  );
}
