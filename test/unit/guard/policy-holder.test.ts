import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPolicyHolder } from '../../../utils/guard/policy-holder';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { stateOf } from '../policy/policy-fixtures';
import { POLICY_STATE_KEY } from '../../../utils/policy/policy-store';

// The early guard's read and subscription, as guard-start.content.ts makes them (the guard passes those).
const read = () => fakeBrowser.storage.local.get(POLICY_STATE_KEY).then((items) => items[POLICY_STATE_KEY]);
const subscribe = (listener: (value: unknown) => void) =>
  fakeBrowser.storage.onChanged.addListener((changes, area) => area === 'local' && changes[POLICY_STATE_KEY] && listener(changes[POLICY_STATE_KEY].newValue));
const ignore = () => {};

describe('policy holder', () => {
  it('starts with the built-in default before anything is read', () => {
    const holder = createPolicyHolder(read, subscribe, ignore);
    expect(holder.current().policy).toEqual(DEFAULT_POLICY);
  });

  it('picks up the published policy, then every change, and tells of each', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: stateOf({ mode: 'monitor' }) });
    const heard: string[] = [];
    const holder = createPolicyHolder(read, subscribe, (state) => heard.push(state.policy.mode));
    await holder.ready;
    expect(holder.current().policy.mode).toBe('monitor');
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: stateOf({ mode: 'enforce', rules: [] }, 'managed', 2) });
    expect(holder.current().policy).toMatchObject({ mode: 'enforce', rules: [] });
    expect(heard).toEqual(['monitor', 'enforce']);
  });

  it('ignores a change that is not a valid state', async () => {
    const holder = createPolicyHolder(read, subscribe, ignore);
    await holder.ready;
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: { policy: 'allow-all' } });
    expect(holder.current().policy).toEqual(DEFAULT_POLICY);
  });
});
