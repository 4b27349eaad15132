import type { Policy } from './schema';

/**
 * The built-in policy: what a store install with no managed policy enforces on every catalog AI site. A
 * paste holding a secret, a payment card, a bank account (IBAN) or a national identifier, at medium
 * confidence or more, is stopped with a warning the employee may override (the override is logged); every
 * other finding is logged, content-free. No site is blocked and nothing is blocked outright.
 */
export const DEFAULT_POLICY: Policy = {
  policyVersion: 'built-in-2',
  mode: 'enforce',
  failMode: 'open',
  rules: [
    { id: 'secrets', types: ['secret.*'], minConfidence: 'medium', action: 'warn' },
    { id: 'payment-cards', types: ['pii.credit_card'], minConfidence: 'medium', action: 'warn' },
    { id: 'bank-accounts', types: ['pii.iban'], minConfidence: 'medium', action: 'warn' },
    { id: 'national-ids', types: ['pii.fr_nir', 'pii.us_ssn', 'pii.uk_nino'], minConfidence: 'medium', action: 'warn' },
  ],
  defaultAction: 'log',
};
