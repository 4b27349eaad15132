import { t } from '../../utils/i18n';
import type { Policy } from '../../utils/policy/schema';
import { ruleSentence } from './rule-sentence';

/** True when some AI site can be blocked under the policy (an entry, a category or the default). */
export function blocksSomeSite(policy: Policy): boolean {
  return (
    policy.defaultSiteStatus === 'blocked' ||
    policy.sites.some((entry) => entry.status === 'blocked') ||
    Object.values(policy.categories).some((settings) => settings?.status === 'blocked')
  );
}

/** The policy's rules, in order, each as a sentence, then what happens when none matches. */
export function PolicyRules({ policy, uiLanguage }: { policy: Policy; uiLanguage: string }) {
  return (
    <>
      <h3>{t('optionsRulesTitle')}</h3>
      {blocksSomeSite(policy) && <p data-testid="blocked-sites-rule">{t('optionsBlockedSitesRule')}</p>}
      {policy.rules.length > 0 ? (
        <ol class="rules" data-testid="policy-rules">
          {policy.rules.map((rule) => (
            <li key={rule.id} data-rule-id={rule.id} data-action={rule.action}>
              <span class="rule-sentence">{ruleSentence(rule, uiLanguage)}</span>{' '}
              <span class="muted">
                {t('optionsRuleId')} <code>{rule.id}</code>
                {rule.description && ` · ${rule.description}`}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('optionsNoRules')}</p>
      )}
      <p data-testid="default-action">{policy.defaultAction === 'log' ? t('optionsDefaultAction_log') : t('optionsDefaultAction_allow')}</p>
    </>
  );
}
