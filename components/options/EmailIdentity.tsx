import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Policy } from '../../utils/policy/schema';

/**
 * The browser's permission to read the signed-in profile's e-mail address ("identity" and "identity.email",
 * optional permissions of the Chromium build). The entry point passes the real one, tests pass fakes.
 */
export interface IdentityPermissionApi {
  /** Whether this browser can give the profile's e-mail at all (Chromium, with the optional permissions declared). */
  available: boolean;
  contains(): Promise<boolean>;
  /** Must be called from a user gesture (a click), with nothing awaited before it. */
  request(): Promise<boolean>;
}

/**
 * When the policy asks for records to carry the employee's e-mail address (`logging.identity: email`), explains
 * that the browser gives it only with the employee's permission, asks for it, and says whether it is granted:
 * without it, records carry the install's pseudonym (utils/log/identity.ts).
 */
export function EmailIdentity({ policy, permission }: { policy: Policy; permission?: IdentityPermissionApi }) {
  const wanted = policy.logging.identity === 'email' && permission?.available === true;
  const [granted, setGranted] = useState<boolean | undefined>();
  const [error, setError] = useState<string | undefined>();

  const check = () => permission?.contains().then(setGranted, () => setGranted(false));
  useEffect(() => {
    if (wanted) void check();
  }, [wanted]);

  if (!wanted || !permission) return null;
  return (
    <section class="panel" aria-labelledby="email-title" data-testid="email-identity" data-granted={granted === undefined ? undefined : String(granted)}>
      <h2 id="email-title">{t('optionsEmailTitle')}</h2>
      <p>{t('optionsEmailIntro')}</p>
      <p role="status">{granted === undefined ? t('loading') : granted ? t('optionsEmailGranted') : t('optionsEmailMissing')}</p>
      {granted === false && (
        <button
          type="button"
          data-testid="email-grant"
          onClick={() => {
            setError(undefined);
            // Called straight from the click: browsers only show the permission prompt during a user gesture.
            permission
              .request()
              .then(check)
              .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
          }}
        >
          {t('optionsEmailGrant')}
        </button>
      )}
      {error && <p class="error" role="alert">{t('optionsEmailError', error)}</p>}
    </section>
  );
}
