/**
 * The finding-type vocabulary (../shared/finding-types.md at the time of writing): policies, exported
 * logs and the quality evaluation key on these ids. Types may be added, never renamed. `custom.<id>`
 * types come from the organization's policy and are not listed.
 */
export const FINDING_TYPES = [
  'pii.email', 'pii.phone', 'pii.credit_card', 'pii.iban', 'pii.ip_address', 'pii.fr_nir', 'pii.fr_siren',
  'pii.fr_siret', 'pii.eu_vat', 'pii.us_ssn', 'pii.uk_nino', 'pii.person_name',
  'secret.aws_access_key_id', 'secret.aws_secret_access_key', 'secret.github_token', 'secret.gitlab_token',
  'secret.slack_token', 'secret.stripe_key', 'secret.google_api_key', 'secret.openai_api_key',
  'secret.anthropic_api_key', 'secret.huggingface_token', 'secret.npm_token', 'secret.sendgrid_key',
  'secret.azure_key', 'secret.private_key', 'secret.jwt', 'secret.db_connection_string', 'secret.url_credentials',
  'secret.password_assignment', 'secret.generic_api_key',
  'confidential.marking', 'code.source',
] as const;

/** A finding type of the vocabulary. */
export type FindingType = (typeof FINDING_TYPES)[number];
