import { DEFAULT_POLICY } from './defaults';
import { POLICY_SCHEMA, type Policy, type PolicyInput } from './schema';
import { validate, type SchemaError } from './schema-kit';

/** Where the policy in force comes from. */
export type PolicySource = 'managed' | 'default';

/** The policy in force and how it got there; stored by the background for content scripts and pages. */
export interface PolicyState {
  policy: Policy;
  source: PolicySource;
  /** Problems with the managed policy; when not empty, the policy in force is the last good one. */
  errors: SchemaError[];
  /** When the state was computed (ms since epoch). */
  updatedAt: number;
}

/** Completes a validated partial policy with the built-in defaults. */
export function withDefaults(input: PolicyInput): Policy {
  return { ...DEFAULT_POLICY, ...input };
}

/** The state that holds before any managed policy was read. */
export function defaultPolicyState(now: number): PolicyState {
  return { policy: DEFAULT_POLICY, source: 'default', errors: [], updatedAt: now };
}

/**
 * Computes the policy in force from the raw managed storage value. A managed policy with errors is
 * rejected whole (never partly applied, never an allow-all): the previous good state stays in force
 * and the errors are reported.
 */
export function resolvePolicyState(managed: Record<string, unknown>, previous: PolicyState | undefined, now: number): PolicyState {
  if (Object.keys(managed).length === 0) return defaultPolicyState(now);
  const errors = validate(POLICY_SCHEMA, managed);
  if (errors.length === 0) {
    return { policy: withDefaults(managed as PolicyInput), source: 'managed', errors: [], updatedAt: now };
  }
  const lastGood = previous ?? defaultPolicyState(now);
  return { policy: lastGood.policy, source: lastGood.source, errors, updatedAt: now };
}

/** True when `value` looks like a PolicyState written by this version (guards reads from storage). */
export function isPolicyState(value: unknown): value is PolicyState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<PolicyState>;
  return (
    (state.source === 'managed' || state.source === 'default') &&
    Array.isArray(state.errors) &&
    typeof state.updatedAt === 'number' &&
    typeof state.policy === 'object' &&
    state.policy !== null &&
    // A complete policy: every key the default has must be there, so evaluate() never meets a hole.
    Object.keys(DEFAULT_POLICY).every((key) => key in state.policy!) &&
    validate(POLICY_SCHEMA, state.policy).length === 0
  );
}
