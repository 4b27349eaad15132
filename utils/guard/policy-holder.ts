import { defaultPolicyState, isPolicyState, type PolicyState } from '../policy/load';
import { POLICY_STATE_KEY, readPolicyState } from '../policy/policy-store';
import type { KeyValueArea } from '../storage-area';

/** A storage.onChanged-like subscription. */
export type SubscribeToChanges = (listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void) => void;

/**
 * Keeps the policy in force in memory for synchronous decisions. It starts with the built-in default,
 * reads the published state once, and follows every change the background publishes; `onChange` hears
 * the first read and every change after it.
 */
export function createPolicyHolder(
  local: KeyValueArea,
  subscribe: SubscribeToChanges,
  onChange: (state: PolicyState) => void,
): { current(): PolicyState; ready: Promise<void> } {
  let state = defaultPolicyState(0);
  let changedMeanwhile = false;
  subscribe((changes, areaName) => {
    const next = changes[POLICY_STATE_KEY]?.newValue;
    if (areaName === 'local' && isPolicyState(next)) {
      state = next;
      changedMeanwhile = true;
      onChange(state);
    }
  });
  const ready = readPolicyState(local).then(
    (stored) => {
      // A change that arrived while the first read was in flight is newer than what it read.
      if (stored && !changedMeanwhile) {
        state = stored;
        onChange(state);
      }
    },
    (error: unknown) => console.error('Vigie: policy unreadable, default in force', error),
  );
  return { current: () => state, ready };
}
