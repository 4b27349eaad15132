import { useEffect, useState } from 'preact/hooks';
import type { compileCustomDetectors } from '../../utils/detect/custom';
import { t } from '../../utils/i18n';
import { defaultPolicyState, type PolicyState } from '../../utils/policy/load';
import type { SchemaError } from '../../utils/policy/schema-kit';
import type { KeyValueArea } from '../../utils/storage-area';
import { EmailIdentity, type IdentityPermissionApi } from './EmailIdentity';
import { HostAccess, type PermissionsApi } from './HostAccess';
import { PersonalRules } from './PersonalRules';
import { PolicyErrors } from './PolicyErrors';
import { PolicyImport } from './PolicyImport';
import { PolicyTester } from './PolicyTester';
import { PolicyView } from './PolicyView';

/** storage.local as the options page uses it (real area or a test fake). */
export interface LocalArea extends KeyValueArea {
  remove(keys: string | string[]): Promise<void>;
}

/** What the options page needs from the browser; the entry point passes real ones, tests pass fakes. */
export interface OptionsAppProps {
  loadPolicy(): Promise<PolicyState | undefined>;
  /** Calls `onChange` when the published policy state changes; returns an unsubscribe function. */
  watchPolicy(onChange: () => void): () => void;
  local: LocalArea;
  permissions: PermissionsApi;
  /** The permission to read the profile's e-mail (Chromium); without it, the e-mail section is not shown. */
  identityPermission?: IdentityPermissionApi;
  validate(raw: unknown): Promise<SchemaError[]>;
  compile: typeof compileCustomDetectors;
  uiLanguage: string;
}

/**
 * The options page: the policy in force, its problems, import, the policy tester, host access, the e-mail
 * permission (when the policy asks for e-mail identity), personal rules.
 */
export function OptionsApp(props: OptionsAppProps) {
  const [state, setState] = useState<PolicyState | undefined>();

  useEffect(() => {
    const reload = () => void props.loadPolicy().then((next) => setState(next ?? defaultPolicyState(Date.now())));
    reload();
    return props.watchPolicy(reload);
  }, []);

  if (!state) {
    return (
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('loading')}</p>
      </main>
    );
  }
  return (
    <main class="options" data-testid="options" data-policy-source={state.source} data-policy-mode={state.policy.mode}>
      <h1>{t('optionsTitle')}</h1>
      <p class="intro">{t('optionsIntro')}</p>
      <PolicyErrors state={state} />
      <PolicyView state={state} uiLanguage={props.uiLanguage} />
      <PolicyImport state={state} local={props.local} validate={props.validate} />
      <PolicyTester state={state} compile={props.compile} uiLanguage={props.uiLanguage} />
      <HostAccess policy={state.policy} permissions={props.permissions} />
      <EmailIdentity policy={state.policy} permission={props.identityPermission} />
      <PersonalRules policy={state.policy} local={props.local} />
    </main>
  );
}
