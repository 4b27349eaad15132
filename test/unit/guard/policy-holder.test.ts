import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPolicyHolder } from '../../../utils/guard/policy-holder';
import { DEFAULT_POLICY } from '../../../utils/policy/defaults';
import { stateOf } from '../policy/policy-fixtures';
import { POLICY_STATE_KEY } from '../../../utils/policy/policy-store';

const subscribe = (listener: Parameters<typeof fakeBrowser.storage.onChanged.addListener>[0]) => fakeBrowser.storage.onChanged.addListener(listener);

describe('policy holder', () => {
  it('starts with the built-in default before anything is read', () => {
    const holder = createPolicyHolder(fakeBrowser.storage.local, subscribe);
    expect(holder.current().policy).toEqual(DEFAULT_POLICY);
  });

  it('picks up the published policy, then every change', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: stateOf({ mode: 'monitor' }) });
    const holder = createPolicyHolder(fakeBrowser.storage.local, subscribe);
    await holder.ready;
    expect(holder.current().policy.mode).toBe('monitor');
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: stateOf({ mode: 'enforce', rules: [] }, 'managed', 2) });
    expect(holder.current().policy).toMatchObject({ mode: 'enforce', rules: [] });
  });

  it('ignores a change that is not a valid state', async () => {
    const holder = createPolicyHolder(fakeBrowser.storage.local, subscribe);
    await holder.ready;
    await fakeBrowser.storage.local.set({ [POLICY_STATE_KEY]: { policy: 'allow-all' } });
    expect(holder.current().policy).toEqual(DEFAULT_POLICY);
  });
});
