import { pickLanguage, t } from '../../utils/i18n';
import { PERSONAL_RULE, SITE_BLOCKED_RULE } from '../../utils/policy/evaluate';
import type { Policy } from '../../utils/policy/schema';
import { verdictLabel } from './labels';
import { ruleSentence } from './rule-sentence';
import { SafeLink } from './SafeLink';
import type { TesterResult } from './tester';

/** Which rule decided, in words. */
function DecidingRule({ ruleId, policy, uiLanguage }: { ruleId?: string; policy: Policy; uiLanguage: string }) {
  if (ruleId === SITE_BLOCKED_RULE) return <p data-testid="tester-rule" data-rule-id={ruleId}>{t('optionsTesterSiteBlocked')}</p>;
  if (ruleId === PERSONAL_RULE) return <p data-testid="tester-rule" data-rule-id={ruleId}>{t('optionsTesterPersonalRule')}</p>;
  const rule = ruleId === undefined ? undefined : policy.rules.find((candidate) => candidate.id === ruleId);
  if (!rule) return <p data-testid="tester-rule">{t('optionsTesterDefaultRule')}</p>;
  return (
    <p data-testid="tester-rule" data-rule-id={rule.id}>
      {t('optionsTesterRule')} <code>{rule.id}</code>: {ruleSentence(rule, uiLanguage)}
    </p>
  );
}

/** The verdict on the sample: the action, the rule that decided, the message, the link and the alternative. */
export function TesterVerdict({ result, policy, uiLanguage }: { result: TesterResult; policy: Policy; uiLanguage: string }) {
  const { verdict } = result;
  const message = pickLanguage(verdict.message, uiLanguage);
  return (
    <div class="tester-verdict" data-testid="tester-verdict" data-action={verdict.action} data-rule-action={verdict.ruleAction} data-rule-id={verdict.ruleId ?? ''}>
      <h3>{t('optionsTesterVerdict')}</h3>
      <p role="status" class={`verdict verdict-${verdict.action}`}>
        <strong>{verdictLabel(verdict.action)}</strong>
      </p>
      {verdict.action !== verdict.ruleAction && <p>{t('optionsTesterMonitored', verdictLabel(verdict.ruleAction))}</p>}
      <DecidingRule ruleId={verdict.ruleId} policy={policy} uiLanguage={uiLanguage} />
      {message && <p data-testid="tester-message">{t('optionsTesterMessage', message)}</p>}
      {verdict.alternative && (
        <p data-testid="tester-alternative">
          {t('optionsTesterAlternative')} <SafeLink href={verdict.alternative.url}>{verdict.alternative.name}</SafeLink>
        </p>
      )}
      {verdict.policyUrl && (
        <p>
          <SafeLink href={verdict.policyUrl}>{t('optionsTesterPolicyLink')}</SafeLink>
        </p>
      )}
    </div>
  );
}
