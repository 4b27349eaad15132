import type { KeyValueArea } from '../storage-area';
import { isPolicyState, resolvePolicyState, type PolicyState, type ResolveDeps } from './load';

/** The storage.local key under which the background publishes the policy in force. */
export const POLICY_STATE_KEY = 'policyState';
/** The storage.local key of the policy the user imported in the options page (raw; validated on use). */
export const IMPORTED_POLICY_KEY = 'importedPolicy';
/** The storage.local key of the employee's personal rules. */
export const PERSONAL_RULES_KEY = 'personalRules';

/** Reads the published policy state; undefined when absent or not readable as one. */
export async function readPolicyState(local: KeyValueArea): Promise<PolicyState | undefined> {
  const stored = await local.get(POLICY_STATE_KEY);
  const state = stored[POLICY_STATE_KEY];
  return isPolicyState(state) ? state : undefined;
}

/** Reads managed storage; a browser without managed storage for us (Firefox with no policy) counts as empty. */
async function readManaged(managed: KeyValueArea): Promise<Record<string, unknown>> {
  try {
    return await managed.get(null);
  } catch {
    return {};
  }
}

/**
 * Recomputes the policy in force from managed storage, the imported policy and the personal rules, and
 * publishes it in storage.local, where content scripts and pages read it and watch for changes.
 */
export async function refreshPolicy(areas: { managed: KeyValueArea; local: KeyValueArea }, deps: Omit<ResolveDeps, 'now'>, now = Date.now()): Promise<PolicyState> {
  const [managed, stored, previous] = await Promise.all([
    readManaged(areas.managed),
    areas.local.get([IMPORTED_POLICY_KEY, PERSONAL_RULES_KEY]),
    readPolicyState(areas.local),
  ]);
  const inputs = { managed, imported: stored[IMPORTED_POLICY_KEY], personal: stored[PERSONAL_RULES_KEY] };
  const next = await resolvePolicyState(inputs, previous, { ...deps, now });
  await areas.local.set({ [POLICY_STATE_KEY]: next });
  return next;
}

/** True when a storage change concerns an input of the policy state (so the background recomputes it). */
export function isPolicyInputChange(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'managed' || (areaName === 'local' && (IMPORTED_POLICY_KEY in changes || PERSONAL_RULES_KEY in changes));
}
