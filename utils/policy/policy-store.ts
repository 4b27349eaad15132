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

/** How long a first start waits for managed storage before publishing a provisional state. */
export const MANAGED_WAIT_MS = 1_000;

/**
 * Recomputes the policy in force from managed storage, the imported policy and the personal rules, and
 * publishes it in storage.local, where content scripts and pages read it and watch for changes.
 *
 * Chromium answers storage.managed only once it has loaded the extension's policy, which takes seconds after
 * a first install. When nothing has been published yet and managed storage is that slow, the state without it
 * (imported policy or built-in default, the same one content scripts apply when nothing is published) goes out
 * first, so pages get the site table; the managed policy replaces it as soon as it is read.
 */
export async function refreshPolicy(
  areas: { managed: KeyValueArea; local: KeyValueArea },
  deps: Omit<ResolveDeps, 'now'>,
  now = Date.now(),
  managedWaitMs = MANAGED_WAIT_MS,
): Promise<PolicyState> {
  const managedRead = readManaged(areas.managed);
  const [stored, published] = await Promise.all([areas.local.get([IMPORTED_POLICY_KEY, PERSONAL_RULES_KEY]), readPolicyState(areas.local)]);
  let previous = published;
  const inputsWith = (managed: Record<string, unknown>) => ({ managed, imported: stored[IMPORTED_POLICY_KEY], personal: stored[PERSONAL_RULES_KEY] });
  if (previous === undefined) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), managedWaitMs)));
    const first = await Promise.race([managedRead, slow]);
    clearTimeout(timer);
    if (first === 'slow') {
      previous = await resolvePolicyState(inputsWith({}), undefined, { ...deps, now });
      await areas.local.set({ [POLICY_STATE_KEY]: previous });
    }
  }
  const next = await resolvePolicyState(inputsWith(await managedRead), previous, { ...deps, now });
  await areas.local.set({ [POLICY_STATE_KEY]: next });
  return next;
}

/** True when a storage change concerns an input of the policy state (so the background recomputes it). */
export function isPolicyInputChange(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'managed' || (areaName === 'local' && (IMPORTED_POLICY_KEY in changes || PERSONAL_RULES_KEY in changes));
}
