import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Policy } from '../../utils/policy/schema';
import { extraMatchPatterns } from '../../utils/policy/site-table';

/** The part of browser.permissions the page uses. */
export interface PermissionsApi {
  contains(origins: string[]): Promise<boolean>;
  /** Must be called from a user gesture (a click), with nothing awaited before it. */
  request(origins: string[]): Promise<boolean>;
}

/**
 * Access to the hosts the policy adds beyond the catalog: Vigie can guard them only once the employee
 * grants access (optional host permissions), after which the background registers the guard there.
 */
export function HostAccess({ policy, permissions }: { policy: Policy; permissions: PermissionsApi }) {
  const patterns = extraMatchPatterns(policy);
  const key = patterns.join(' ');
  const [granted, setGranted] = useState<Record<string, boolean> | undefined>();
  const [error, setError] = useState<string | undefined>();

  const check = () =>
    Promise.all(patterns.map(async (pattern) => [pattern, await permissions.contains([pattern]).catch(() => false)] as const)).then((pairs) =>
      setGranted(Object.fromEntries(pairs)),
    );
  useEffect(() => {
    void check();
  }, [key]);

  if (patterns.length === 0) return null;
  const missing = patterns.filter((pattern) => granted && !granted[pattern]);
  return (
    <section class="panel" aria-labelledby="hosts-title" data-testid="host-access">
      <h2 id="hosts-title">{t('optionsHostsTitle')}</h2>
      <p>{t('optionsHostsIntro')}</p>
      <ul>
        {patterns.map((pattern) => (
          <li key={pattern} data-pattern={pattern} data-granted={granted ? String(granted[pattern]) : undefined}>
            <code>{pattern}</code> · {granted === undefined ? t('loading') : granted[pattern] ? t('optionsHostGranted') : t('optionsHostMissing')}
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <button
          type="button"
          data-testid="hosts-grant"
          onClick={() => {
            setError(undefined);
            // Called straight from the click: browsers only show the permission prompt during a user gesture.
            permissions
              .request(missing)
              .then(check)
              .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
          }}
        >
          {t('optionsHostsGrant', String(missing.length))}
        </button>
      )}
      {granted && missing.length === 0 && <p class="ok">{t('optionsHostsAllGranted')}</p>}
      {error && <p class="error" role="alert">{t('optionsHostsError', error)}</p>}
    </section>
  );
}
