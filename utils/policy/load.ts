import { DEFAULT_EMPLOYEE, DEFAULT_LOGGING, DEFAULT_POLICY } from './defaults';
import type { PersonalRule } from './evaluate';
import type { Policy, PolicyInput } from './schema';
import type { SchemaError } from './schema-kit';
import type { SiteTable } from './sites';

/** Where the policy in force comes from: managed browser policy, a file the user imported, or the built-in default. */
export type PolicySource = 'managed' | 'imported' | 'default';

/** The policy in force and how it got there; published by the background for content scripts and pages. */
export interface PolicyState {
  policy: Policy;
  source: PolicySource;
  /** Problems with the latest managed or imported policy; when not empty, the policy in force is the last good one. */
  errors: SchemaError[];
  /** Which policy `errors` are about. */
  rejected?: 'managed' | 'imported';
  /** How the policy classifies every AI site Vigie knows of (see site-table.ts). */
  sites: SiteTable;
  /** The employee's own stricter rules, when the policy lets employees add them. */
  personal: PersonalRule[];
  /** When the state was computed (ms since epoch). */
  updatedAt: number;
}

/** Completes a validated partial policy with the built-in defaults (nested settings key by key). */
export function withDefaults(input: PolicyInput): Policy {
  const { logging, employee, ...rest } = input;
  return {
    ...DEFAULT_POLICY,
    policyVersion: undefined,
    ...rest,
    logging: { ...DEFAULT_LOGGING, ...logging },
    employee: { ...DEFAULT_EMPLOYEE, ...employee },
  };
}

/** What computing the state needs: the validator and the site classifier (both background-side). */
export interface ResolveDeps {
  validate(raw: unknown): Promise<SchemaError[]>;
  siteTable(policy: Policy): SiteTable;
  now: number;
}

/** The raw inputs: managed storage (empty when none), the imported policy (if any), the employee's rules. */
export interface PolicyInputs {
  managed: Record<string, unknown>;
  imported?: unknown;
  personal?: unknown;
}

const PERSONAL_ACTIONS: readonly unknown[] = ['warn', 'block'];
const TYPE_PATTERN = /^(\*|[a-z]+\.\*|[a-z][a-z0-9_]*\.[a-z0-9_.-]+)$/;

/** Keeps the well-formed personal rules (at most 50); the options page writes them, but storage is not trusted blindly. */
export function parsePersonalRules(value: unknown): PersonalRule[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (rule): rule is PersonalRule =>
        typeof rule === 'object' &&
        rule !== null &&
        PERSONAL_ACTIONS.includes((rule as PersonalRule).action) &&
        Array.isArray((rule as PersonalRule).types) &&
        (rule as PersonalRule).types.length > 0 &&
        (rule as PersonalRule).types.every((type) => typeof type === 'string' && TYPE_PATTERN.test(type)),
    )
    .slice(0, 50)
    .map((rule) => ({ types: [...rule.types], action: rule.action }));
}

function stateFor(policy: Policy, source: PolicySource, inputs: PolicyInputs, deps: ResolveDeps): PolicyState {
  const personal = policy.employee.personalRules ? parsePersonalRules(inputs.personal) : [];
  return { policy, source, errors: [], sites: deps.siteTable(policy), personal, updatedAt: deps.now };
}

/** The state that holds before any policy was read. */
export function defaultPolicyState(now: number): PolicyState {
  return { policy: DEFAULT_POLICY, source: 'default', errors: [], sites: { hosts: {}, patterns: [] }, personal: [], updatedAt: now };
}

/**
 * Computes the policy in force: managed policy > imported policy > built-in default. A policy with errors
 * is rejected whole (never partly applied, never an allow-all): the previous good state stays in force and
 * the errors are reported with their key paths.
 */
export async function resolvePolicyState(inputs: PolicyInputs, previous: PolicyState | undefined, deps: ResolveDeps): Promise<PolicyState> {
  const managed = Object.keys(inputs.managed).length > 0;
  const candidate = managed ? inputs.managed : inputs.imported;
  if (candidate === undefined || candidate === null) return stateFor(DEFAULT_POLICY, 'default', inputs, deps);
  const source = managed ? 'managed' : 'imported';
  const errors = await deps.validate(candidate);
  if (errors.length === 0) return stateFor(withDefaults(candidate as PolicyInput), source, inputs, deps);
  const lastGood = previous ?? stateFor(DEFAULT_POLICY, 'default', inputs, deps);
  return { ...lastGood, errors, rejected: source, updatedAt: deps.now };
}

/** True when `value` looks like a PolicyState written by this version (a cheap check for content scripts). */
export function isPolicyState(value: unknown): value is PolicyState {
  // Optional chaining stands for the checks that the value, its sites and its policy are objects: a storage area
  // holds data (no functions), and data with a string or an array property is an object, not null.
  const state = value as Partial<PolicyState>;
  const policy = state?.policy as Partial<Policy> | undefined;
  return (
    ['managed', 'imported', 'default'].includes(state?.source!) &&
    // One test of the arrays (their reads throw nothing: missing sites or policy give undefined, no array).
    [state.errors, state.personal, state.sites?.patterns, policy?.rules, policy?.detectors].every(Array.isArray) &&
    typeof state.updatedAt === 'number' &&
    typeof state.sites!.hosts === 'object' &&
    // A complete policy (the background wrote it after validation): every key the default has is there.
    Object.keys(DEFAULT_POLICY).every((key) => key === 'policyVersion' || key in policy!)
  );
}
