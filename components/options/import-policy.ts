import { t } from '../../utils/i18n';
import type { SchemaError } from '../../utils/policy/schema-kit';

/** The result of reading a policy file: the raw policy to store, or what is wrong with it (key paths). */
export type PolicyFileCheck = { ok: true; policy: Record<string, unknown> } | { ok: false; errors: SchemaError[] };

/** The largest policy file accepted: far above any real policy, low enough never to hang the page. */
export const MAX_POLICY_FILE_BYTES = 2_000_000;

/**
 * Reads a policy file's text: JSON first (the parser's own message says where it failed), then the policy
 * validator, whose errors name key paths. Nothing is stored here; only a policy with no error is returned.
 */
export async function checkPolicyText(text: string, validate: (raw: unknown) => Promise<SchemaError[]>): Promise<PolicyFileCheck> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: t('optionsImportNotJson', error instanceof Error ? error.message : String(error)) }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '', message: t('optionsImportNotObject') }] };
  }
  const errors = await validate(raw);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policy: raw as Record<string, unknown> };
}

/** Reads then checks a policy file chosen by the user. */
export async function checkPolicyFile(file: Pick<File, 'size' | 'text'>, validate: (raw: unknown) => Promise<SchemaError[]>): Promise<PolicyFileCheck> {
  if (file.size > MAX_POLICY_FILE_BYTES) return { ok: false, errors: [{ path: '', message: t('optionsImportTooLarge', String(MAX_POLICY_FILE_BYTES / 1_000_000)) }] };
  return checkPolicyText(await file.text(), validate);
}
