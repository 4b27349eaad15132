import { t, type MessageKey } from '../../utils/i18n';
import type { Policy } from '../../utils/policy/schema';

const yesNo = (value: boolean) => (value ? t('optionsYes') : t('optionsNo'));

/** What the usage log records and keeps, and what employees may change themselves. */
export function PolicySettings({ policy }: { policy: Policy }) {
  const { logging, employee } = policy;
  return (
    <>
      <h3>{t('optionsLoggingTitle')}</h3>
      <dl class="facts" data-testid="policy-logging">
        <dt>{t('optionsRetentionLabel')}</dt>
        <dd>{t('optionsRetentionDays', String(logging.retentionDays))}</dd>
        <dt>{t('optionsExcerptLabel')}</dt>
        <dd>{t(`optionsExcerpt_${logging.excerpt}` as MessageKey)}</dd>
        <dt>{t('optionsIdentityLabel')}</dt>
        <dd>{t(`optionsIdentity_${logging.identity}` as MessageKey)}</dd>
        <dt>{t('optionsOrganizationLabel')}</dt>
        <dd>{logging.organization || t('optionsNotSet')}</dd>
        <dt>{t('optionsVisitsLabel')}</dt>
        <dd>{yesNo(logging.visits)}</dd>
      </dl>
      <h3>{t('optionsEmployeeTitle')}</h3>
      <dl class="facts" data-testid="policy-employee">
        <dt>{t('optionsRevealLabel')}</dt>
        <dd>{yesNo(employee.revealValues)}</dd>
        <dt>{t('optionsPersonalAllowedLabel')}</dt>
        <dd>{yesNo(employee.personalRules)}</dd>
      </dl>
    </>
  );
}
