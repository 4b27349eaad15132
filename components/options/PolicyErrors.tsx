import { t } from '../../utils/i18n';
import type { PolicyState } from '../../utils/policy/load';
import type { SchemaError } from '../../utils/policy/schema-kit';

/** A list of policy errors, each with its key path (an empty path is about the whole file). */
export function ErrorList({ errors }: { errors: readonly SchemaError[] }) {
  return (
    <ul class="error-list">
      {errors.map((error) => (
        <li key={`${error.path}:${error.message}`} data-path={error.path}>
          {error.path && <code>{error.path}</code>} {error.message}
        </li>
      ))}
    </ul>
  );
}

/** Why the latest managed or imported policy was rejected, and that the last good policy stays in force. */
export function PolicyErrors({ state }: { state: PolicyState }) {
  if (state.errors.length === 0) return null;
  return (
    <section class="policy-errors" role="alert" data-testid="policy-errors" aria-labelledby="policy-errors-title">
      <h2 id="policy-errors-title">{state.rejected === 'imported' ? t('optionsRejectedImported') : t('optionsRejectedManaged')}</h2>
      <p>{t('optionsRejectedKept')}</p>
      <ErrorList errors={state.errors} />
    </section>
  );
}
