import type { Policy } from './schema';

/**
 * The built-in policy: what a store install with no managed policy enforces. Payment card numbers get a
 * warning; every other finding is logged (content-free). Nothing is blocked.
 */
export const DEFAULT_POLICY: Policy = {
  policyVersion: 'built-in-1',
  mode: 'enforce',
  failMode: 'open',
  rules: [{ id: 'payment-cards', types: ['pii.credit_card'], minConfidence: 'medium', action: 'warn' }],
  defaultAction: 'log',
};
