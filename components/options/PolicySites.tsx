import { pickLanguage, t } from '../../utils/i18n';
import { CATEGORIES, type Policy } from '../../utils/policy/schema';
import { isHostPattern } from '../../utils/policy/sites';
import { categoryLabel, siteReferenceLabel, statusLabel } from './labels';
import { SafeLink } from './SafeLink';

/** How the policy classifies AI sites: its own entries, categories, the default status and alternatives. */
export function PolicySites({ policy, uiLanguage }: { policy: Policy; uiLanguage: string }) {
  const categories = CATEGORIES.filter((category) => policy.categories[category]);
  return (
    <>
      <h3>{t('optionsSitesTitle')}</h3>
      <p data-testid="default-status">{t('optionsDefaultStatus', statusLabel(policy.defaultSiteStatus))}</p>
      {policy.sites.length > 0 ? (
        <table class="grid" data-testid="policy-sites">
          <caption>{t('optionsSitesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsColSite')}</th>
              <th scope="col">{t('optionsColStatus')}</th>
              <th scope="col">{t('optionsColReason')}</th>
            </tr>
          </thead>
          <tbody>
            {policy.sites.map((entry) => (
              <tr key={entry.match} data-status={entry.status}>
                <td>
                  {entry.name && isHostPattern(entry.match) ? `${entry.name} (${entry.match})` : siteReferenceLabel(entry.match)}
                  {!isHostPattern(entry.match) && <span class="muted"> ({entry.match})</span>}
                </td>
                <td>{statusLabel(entry.status)}</td>
                <td>{pickLanguage(entry.reason, uiLanguage) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('optionsNoSites')}</p>
      )}
      {categories.length > 0 && (
        <table class="grid" data-testid="policy-categories">
          <caption>{t('optionsCategoriesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optionsColCategory')}</th>
              <th scope="col">{t('optionsColStatus')}</th>
              <th scope="col">{t('optionsColAlternative')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => {
              const settings = policy.categories[category]!;
              return (
                <tr key={category}>
                  <td>{categoryLabel(category)}</td>
                  <td>{settings.status ? statusLabel(settings.status) : statusLabel(policy.defaultSiteStatus)}</td>
                  <td>{settings.alternative ? <SafeLink href={settings.alternative.url}>{settings.alternative.name}</SafeLink> : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p>
        {policy.alternative ? (
          <>
            {t('optionsAlternativeLabel')} <SafeLink href={policy.alternative.url}>{policy.alternative.name}</SafeLink>
          </>
        ) : (
          t('optionsNoAlternative')
        )}
      </p>
    </>
  );
}
