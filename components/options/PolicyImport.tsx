import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { PolicyState } from '../../utils/policy/load';
import { IMPORTED_POLICY_KEY } from '../../utils/policy/policy-store';
import type { SchemaError } from '../../utils/policy/schema-kit';
import { checkPolicyFile } from './import-policy';
import type { LocalArea } from './OptionsApp';
import { ErrorList } from './PolicyErrors';

type Outcome = { kind: 'busy' } | { kind: 'saved'; file: string } | { kind: 'removed' } | { kind: 'rejected'; file: string; errors: SchemaError[] } | { kind: 'failed'; message: string };

/**
 * Import of a policy file, for pilots without managed deployment. The file is checked here (JSON, then the
 * validator) and stored only when it has no error; the background validates it again and puts it in force.
 * A managed policy always wins, so import is disabled while one is set.
 */
export function PolicyImport({ state, local, validate }: { state: PolicyState; local: LocalArea; validate(raw: unknown): Promise<SchemaError[]> }) {
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [stored, setStored] = useState(false);
  const managed = state.source === 'managed' || state.rejected === 'managed';

  useEffect(() => {
    void local.get(IMPORTED_POLICY_KEY).then((items) => setStored(items[IMPORTED_POLICY_KEY] !== undefined));
  }, [state]);

  async function importFile(file: File) {
    setOutcome({ kind: 'busy' });
    const checked = await checkPolicyFile(file, validate);
    if (!checked.ok) {
      setOutcome({ kind: 'rejected', file: file.name, errors: checked.errors });
      return;
    }
    await local.set({ [IMPORTED_POLICY_KEY]: checked.policy });
    setStored(true);
    setOutcome({ kind: 'saved', file: file.name });
  }

  async function remove() {
    await local.remove(IMPORTED_POLICY_KEY);
    setStored(false);
    setOutcome({ kind: 'removed' });
  }

  const fail = (error: unknown) => setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  return (
    <section class="panel" aria-labelledby="import-title" data-testid="policy-import">
      <h2 id="import-title">{t('optionsImportTitle')}</h2>
      <p>{t('optionsImportIntro')}</p>
      {managed && (
        <p class="note" id="import-disabled" data-testid="import-disabled">
          {t('optionsImportManaged')}
        </p>
      )}
      <div class="row">
        <label class="file-button" data-disabled={managed || undefined}>
          {t('optionsImportChoose')}
          <input
            type="file"
            accept=".json,application/json"
            disabled={managed}
            aria-describedby={managed ? 'import-disabled' : undefined}
            data-testid="import-file"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Clearing the input lets the same file be chosen again after it is fixed.
              input.value = '';
              if (file) void importFile(file).catch(fail);
            }}
          />
        </label>
        {stored && (
          <button type="button" data-testid="import-remove" onClick={() => void remove().catch(fail)}>
            {t('optionsImportRemove')}
          </button>
        )}
      </div>
      <div aria-live="polite" data-testid="import-outcome" data-outcome={outcome?.kind}>
        {outcome?.kind === 'busy' && <p>{t('optionsImportBusy')}</p>}
        {outcome?.kind === 'saved' && <p class="ok">{t('optionsImportSaved', outcome.file)}</p>}
        {outcome?.kind === 'removed' && <p class="ok">{t('optionsImportRemoved')}</p>}
        {outcome?.kind === 'failed' && <p class="error">{t('optionsImportFailed', outcome.message)}</p>}
      </div>
      {outcome?.kind === 'rejected' && (
        <div class="policy-errors" role="alert" data-testid="import-errors">
          <p>{t('optionsImportRejected', outcome.file)}</p>
          <ErrorList errors={outcome.errors} />
        </div>
      )}
    </section>
  );
}
