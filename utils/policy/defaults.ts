import type { EmployeeSettings, LoggingSettings, Policy } from './schema';

/** Logging settings a policy gets for the keys it leaves out: content-free, anonymous, one year. */
export const DEFAULT_LOGGING: LoggingSettings = { retentionDays: 365, excerpt: 'none', identity: 'anonymous', visits: true };

/** What employees may change when the policy does not say. */
export const DEFAULT_EMPLOYEE: EmployeeSettings = { revealValues: true, personalRules: true };

/**
 * The built-in policy: what a store install with no managed policy enforces on every catalog AI site. A
 * paste, drop, upload or submit holding a secret, a payment card, a bank account (IBAN) or a national
 * identifier, at medium confidence or more, is stopped with a warning the employee may override (the
 * override is logged); every other finding is logged, content-free. No site is blocked.
 */
export const DEFAULT_POLICY: Policy = {
  policyVersion: 'built-in-3',
  mode: 'enforce',
  failMode: 'open',
  sites: [],
  defaultSiteStatus: 'tolerated',
  categories: {},
  rules: [
    { id: 'secrets', types: ['secret.*'], minConfidence: 'medium', action: 'warn' },
    { id: 'payment-cards', types: ['pii.credit_card'], minConfidence: 'medium', action: 'warn' },
    { id: 'bank-accounts', types: ['pii.iban'], minConfidence: 'medium', action: 'warn' },
    { id: 'national-ids', types: ['pii.fr_nir', 'pii.us_ssn', 'pii.uk_nino'], minConfidence: 'medium', action: 'warn' },
  ],
  defaultAction: 'log',
  detectors: [],
  logging: DEFAULT_LOGGING,
  employee: DEFAULT_EMPLOYEE,
};
