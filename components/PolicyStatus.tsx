import type { PolicyState } from '../utils/policy/load';
import { t } from '../utils/i18n';

const SOURCES = { managed: 'sourceManaged', imported: 'sourceImported', default: 'sourceDefault' } as const;

/** Protection status, where the policy comes from, and any problem with the organization's policy. */
export function PolicyStatus({ state }: { state: PolicyState }) {
  const monitor = state.policy.mode === 'monitor';
  return (
    <section class="status" data-testid="policy-status" data-policy-source={state.source} data-policy-mode={state.policy.mode}>
      <p class={monitor ? 'status-line monitor' : 'status-line on'}>{monitor ? t('statusMonitor') : t('statusOn')}</p>
      <p class="source">{t(SOURCES[state.source])}</p>
      {state.policy.policyVersion && <p class="version">{t('policyVersionLabel', state.policy.policyVersion)}</p>}
      {state.errors.length > 0 && (
        <div class="policy-errors" role="alert" data-testid="policy-errors">
          <p>{t('policyErrorTitle')}</p>
          <ul>
            {state.errors.map((error) => (
              <li key={`${error.path}:${error.message}`}>
                <code>{error.path}</code> {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
