import type { KeyValueArea } from '../storage-area';
import { isPolicyState, resolvePolicyState, type PolicyState } from './load';

/** The storage.local key under which the background publishes the policy in force. */
export const POLICY_STATE_KEY = 'policyState';

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
 * Recomputes the policy in force from managed storage and publishes it in storage.local, where content
 * scripts and pages read it and watch for changes.
 */
export async function refreshPolicy(areas: { managed: KeyValueArea; local: KeyValueArea }, now = Date.now()): Promise<PolicyState> {
  const [raw, previous] = await Promise.all([readManaged(areas.managed), readPolicyState(areas.local)]);
  const next = resolvePolicyState(raw, previous, now);
  await areas.local.set({ [POLICY_STATE_KEY]: next });
  return next;
}
