import { useEffect, useState } from 'preact/hooks';
import { FINDING_TYPES } from '../../utils/detect/finding-types';
import { findingTypeLabel, t, type MessageKey } from '../../utils/i18n';
import type { PersonalRule } from '../../utils/policy/evaluate';
import { parsePersonalRules } from '../../utils/policy/load';
import { PERSONAL_RULES_KEY } from '../../utils/policy/policy-store';
import type { Policy } from '../../utils/policy/schema';
import type { LocalArea } from './OptionsApp';
import { ruleSentence, TYPE_GROUPS } from './rule-sentence';

/** The most personal rules kept (load.ts keeps no more). */
const MAX_PERSONAL_RULES = 50;

function TypeCheckbox({ type, label, checked, onToggle }: { type: string; label: string; checked: boolean; onToggle(type: string): void }) {
  return (
    <label class="check">
      <input type="checkbox" value={type} data-type={type} checked={checked} onChange={() => onToggle(type)} /> {label}
    </label>
  );
}

/**
 * The employee's own rules: kinds of data they want to be warned about or stopped on, everywhere. They can
 * only make a verdict stricter, never weaken the organization's policy (evaluate.ts enforces this).
 */
export function PersonalRules({ policy, local }: { policy: Policy; local: LocalArea }) {
  const [rules, setRules] = useState<PersonalRule[] | undefined>();
  const [types, setTypes] = useState<string[]>([]);
  const [action, setAction] = useState<PersonalRule['action']>('warn');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void local.get(PERSONAL_RULES_KEY).then((items) => setRules(parsePersonalRules(items[PERSONAL_RULES_KEY])));
  }, []);

  if (!policy.employee.personalRules) {
    return (
      <section class="panel" aria-labelledby="personal-title" data-testid="personal-rules">
        <h2 id="personal-title">{t('optionsPersonalTitle')}</h2>
        <p>{t('optionsPersonalDisabled')}</p>
      </section>
    );
  }

  const save = (next: PersonalRule[]) => {
    setError(undefined);
    local.set({ [PERSONAL_RULES_KEY]: next }).then(
      () => setRules(next),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };
  const toggle = (type: string) => setTypes((current) => (current.includes(type) ? current.filter((value) => value !== type) : [...current, type]));
  const groups = TYPE_GROUPS.filter((group) => group !== 'custom' || policy.detectors.length > 0);
  const customTypes = policy.detectors.map((detector) => `custom.${detector.id}`);

  return (
    <section class="panel" aria-labelledby="personal-title" data-testid="personal-rules">
      <h2 id="personal-title">{t('optionsPersonalTitle')}</h2>
      <p>{t('optionsPersonalIntro')}</p>
      {rules && rules.length > 0 ? (
        <ul class="personal-list" data-testid="personal-list">
          {rules.map((rule, i) => (
            <li key={`${i}:${rule.types.join(',')}:${rule.action}`} data-action={rule.action}>
              {ruleSentence({ id: 'personal', types: rule.types, action: rule.action }, '')}{' '}
              <button type="button" aria-label={t('optionsPersonalRemoveLabel', String(i + 1))} onClick={() => save(rules.filter((_, j) => j !== i))}>
                {t('optionsPersonalRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{rules ? t('optionsPersonalNone') : t('loading')}</p>
      )}
      <form
        class="personal-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!rules || types.length === 0) return;
          save([...rules, { types, action }].slice(0, MAX_PERSONAL_RULES));
          setTypes([]);
        }}
      >
        <fieldset>
          <legend>{t('optionsPersonalTypes')}</legend>
          <div class="checks">
            {groups.map((group) => (
              <TypeCheckbox key={group} type={`${group}.*`} label={t(`optionsGroupLabel_${group}` as MessageKey)} checked={types.includes(`${group}.*`)} onToggle={toggle} />
            ))}
          </div>
          <details>
            <summary>{t('optionsPersonalEachType')}</summary>
            <div class="checks">
              {[...FINDING_TYPES, ...customTypes].map((type) => (
                <TypeCheckbox key={type} type={type} label={type.startsWith('custom.') ? t('optionsDetectorLabel', type.slice(7)) : findingTypeLabel(type)} checked={types.includes(type)} onToggle={toggle} />
              ))}
            </div>
          </details>
        </fieldset>
        <fieldset>
          <legend>{t('optionsPersonalAction')}</legend>
          {(['warn', 'block'] as const).map((value) => (
            <label class="check" key={value}>
              <input type="radio" name="personal-action" value={value} checked={action === value} onChange={() => setAction(value)} /> {t(`optionsPersonalAction_${value}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <button type="submit" data-testid="personal-add" disabled={!rules || types.length === 0 || rules.length >= MAX_PERSONAL_RULES}>
          {t('optionsPersonalAdd')}
        </button>
      </form>
      {error && <p class="error" role="alert">{t('optionsPersonalError', error)}</p>}
    </section>
  );
}
