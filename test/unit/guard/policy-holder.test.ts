import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPolicyHolder } from '../../../utils/guard/policy-holder';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { stateOf } from '../policy/policy-fixtures';
import { POLICY_STATE_KEY } from '../../../utils/policy/policy-store';

const subscribe = (listener: Parameters<typeof fakeBrowser.storage.onChanged.addListener>[0]) => fakeBrowser.storage.onChanged.addListener(listener);
const ignore = () => {};

describe('policy holder', () => {
  it('starts with the built-in default before anything is read', () => {
    const holder = createPolicyHolder(fakeBrowser.storage.local, subscribe, ignore);
    expect(holder.current().policy).toEqual(DEFAULT_POLICY);
  });

  it('picks up the published policy, then every change, and tells of each', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: stateOf({ mode: 'monitor' }) });
    const heard: string[] = [];
    const holder = createPolicyHolder(fakeBrowser.storage.local, subscribe, (state) => heard.push(state.policy.mode));
    await holder.ready;
    expect(holder.current().policy.mode).toBe('monitor');
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: stateOf({ mode: 'enforce', rules: [] }, 'managed', 2) });
    expect(holder.current().policy).toMatchObject({ mode: 'enforce', rules: [] });
    expect(heard).toEqual(['monitor', 'enforce']);
  });

  it('ignores a change that is not a valid state', async () => {
    const holder = createPolicyHolder(fakeBrowser.storage.local, subscribe, ignore);
    await holder.ready;
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: { policy: 'allow-all' } });
    expect(holder.current().policy).toEqual(DEFAULT_POLICY);
  });
});
