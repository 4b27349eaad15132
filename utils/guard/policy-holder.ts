import { defaultPolicyState, isPolicyState, type PolicyState } from '../policy/load';

/**
 * Keeps the policy in force in memory for synchronous decisions. It starts with the built-in default,
 * reads the published state once (`read`, storage.local's value), and follows every change the background
 * publishes (`subscribe`, which hears each new value); `onChange` hears the first read and every change after it.
 * The guard passes the early guard's read and subscription (early.ts), which it does not carry copies of; what
 * they hand over is checked here, as storage is not trusted blindly.
 */
export function createPolicyHolder(
  read: () => Promise<unknown>,
  subscribe: (listener: (value: unknown) => void) => void,
  onChange: (state: PolicyState) => void,
): { current(): PolicyState; ready: Promise<void> } {
  let state = defaultPolicyState(0);
  let changedMeanwhile = false;
  subscribe((next) => {
    if (isPolicyState(next)) {
      state = next;
      changedMeanwhile = true;
      onChange(state);
    }
  });
  const ready = read().then(
    (stored) => {
      // A change that arrived while the first read was in flight is newer than what it read.
      if (isPolicyState(stored) && !changedMeanwhile) {
        state = stored;
        onChange(state);
      }
    },
    (error: unknown) => console.error('Vigie: policy unreadable, default in force', error),
  );
  return { current: () => state, ready };
}
